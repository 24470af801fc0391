// Schema steps: applied from empty, once only, refused when the database is newer.
#include "sample_data.h"
#include "store_fixture.h"
#include "td/core/outcome.h"
#include "td/store/connection_failure.h"

namespace td::store::test {
namespace {

class MigrationTest : public StoreTest {};
TD_STORE_TEST_SUITE(MigrationTest);

int program_version() {
    return static_cast<int>(schema_migrations().size());
}

std::vector<Migration> with_extra_step(std::vector<std::string> statements) {
    auto steps = schema_migrations();
    steps.push_back({std::move(statements)});
    return steps;
}

// Opens the existing database as a program with `steps` would.
std::unique_ptr<core::Store> open_with(const std::string& url, const std::vector<Migration>& steps) {
    OpenOptions options;
    options.migrations = &steps;
    return open_store(url, options);
}

TEST_P(MigrationTest, AnEmptyDatabaseGetsTheWholeSchema) {
    EXPECT_EQ(stored_schema_version(url()), program_version());
    // Every table is there and empty.
    commit([](core::Transaction& tx) {
        EXPECT_EQ(tx.branches().count(), 0);
        EXPECT_EQ(tx.staff().count(), 0);
        EXPECT_FALSE(tx.contracts().find("C-0001"));
        EXPECT_FALSE(tx.users().find("yamada01"));
        EXPECT_FALSE(tx.tokens().find(1));
        EXPECT_TRUE(tx.applications().list({}).empty());
        EXPECT_TRUE(tx.policy().all().empty());
        EXPECT_TRUE(tx.audit().chains().empty());
    });
}

TEST_P(MigrationTest, ReopeningKeepsDataAndVersion) {
    commit([](core::Transaction& tx) { tx.branches().insert(sample_branch()); });
    store_.reset();
    auto again = open_store(url());
    EXPECT_EQ(stored_schema_version(url()), program_version());
    again->run([](core::Transaction& tx) {
        EXPECT_EQ(tx.branches().count(), 1);
        return false;
    });
}

TEST_P(MigrationTest, ANewerProgramAppliesOnlyItsNewStep) {
    store_.reset();
    // The extra step would fail if the first steps ran again (their tables exist).
    auto newer = open_with(url(), with_extra_step({"CREATE TABLE later_feature (x INTEGER)"}));
    EXPECT_EQ(stored_schema_version(url()), program_version() + 1);
    newer.reset();
    // Opening the same program version again applies nothing.
    open_with(url(), with_extra_step({"CREATE TABLE later_feature (x INTEGER)"}));
    EXPECT_EQ(stored_schema_version(url()), program_version() + 1);
}

TEST_P(MigrationTest, ADatabaseNewerThanTheProgramIsRefused) {
    store_.reset();
    open_with(url(), with_extra_step({"CREATE TABLE later_feature (x INTEGER)"}));
    try {
        open_store(url());
        FAIL() << "opened a newer database";
    } catch (const ConnectionFailed& e) {
        EXPECT_EQ(e.problem(), ConnectionProblem::newer_schema);
        const std::string expected = "database schema version " +
                                     std::to_string(program_version() + 1) +
                                     " is newer than this TokenDesk (" +
                                     std::to_string(program_version()) + "); upgrade TokenDesk";
        EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
}

TEST_P(MigrationTest, AFailingStepLeavesTheDatabaseAsItWas) {
    store_.reset();
    EXPECT_THROW(open_with(url(), with_extra_step(
                                      {"CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"})),
                 core::Fault);
    EXPECT_EQ(stored_schema_version(url()), program_version());
    // half_done was rolled back with the step, so the corrected step can create it.
    open_with(url(), with_extra_step({"CREATE TABLE half_done (x INTEGER)"}));
    EXPECT_EQ(stored_schema_version(url()), program_version() + 1);
}

TEST(SchemaVersion, IsZeroForAnEmptyDatabase) {
    for (const auto& backend : backends_under_test()) {
        auto db = make_test_database(backend);
        EXPECT_EQ(stored_schema_version(db->url()), 0) << backend;
    }
}

}  // namespace
}  // namespace td::store::test
