// Opening a database: never created unasked, and never written with a key other than the one
// it was initialised with. Run on every backend.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <latch>
#include <random>
#include <thread>

#include "sample_data.h"
#include "store_fixture.h"
#include "td/store/errors.h"

namespace td::store::test {
namespace {

namespace fs = std::filesystem;

const core::KeyCheck kKeyA{1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};
const core::KeyCheck kKeyB{1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"};

// The schema as a program from before the key step had it.
std::vector<Migration> steps_before_key_checks() {
    std::vector<Migration> out;
    for (const auto& step : schema_migrations()) {
        for (const auto& statement : step.statements)
            if (statement.find("CREATE TABLE key_checks") != std::string::npos) return out;
        out.push_back(step);
    }
    ADD_FAILURE() << "no schema step creates key_checks";
    return out;
}

OpenOptions with_key(core::KeyCheck key, Opening opening = Opening::existing,
                     bool* new_database = nullptr) {
    OpenOptions o;
    o.opening = opening;
    o.key = [key, new_database](bool is_new) {
        if (new_database) *new_database = is_new;
        return std::vector<core::KeyCheck>{key};
    };
    return o;
}

std::string mismatch_text(const std::string& url, const core::KeyCheck& key) {
    try {
        open_store(url, with_key(key));
    } catch (const KeyMismatch& e) {
        return e.what();
    }
    return "(opened)";
}

class OpeningTest : public ::testing::TestWithParam<std::string> {
  protected:
    void SetUp() override {
        if (const auto why = backend_unavailable(GetParam())) GTEST_SKIP() << *why;
        database_ = make_test_database(GetParam());
    }
    std::string url() const { return database_->url(); }
    std::unique_ptr<TestDatabase> database_;
};
TD_STORE_TEST_SUITE(OpeningTest);

TEST_P(OpeningTest, ADatabaseWithoutTheSchemaIsRefusedUnlessCreating) {
    try {
        open_store(url());
        FAIL() << "opened a database without TokenDesk's tables";
    } catch (const DatabaseMissing& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find(e.database()), std::string::npos) << m;
        EXPECT_NE(m.find("db init"), std::string::npos) << m;
    }
    EXPECT_EQ(stored_schema_version(url()), 0) << "refusing must create nothing";
    open_store(url(), creating());
    EXPECT_EQ(stored_schema_version(url()), static_cast<int>(schema_migrations().size()));
    EXPECT_NO_THROW(open_store(url()));
}

TEST_P(OpeningTest, ANewDatabaseRecordsItsKeyAndRefusesAnother) {
    bool was_new = false;
    open_store(url(), with_key(kKeyA, Opening::create, &was_new));
    EXPECT_TRUE(was_new);
    open_store(url(), with_key(kKeyA, Opening::create, &was_new));
    EXPECT_FALSE(was_new) << "db init on an initialised database makes no new key";
    EXPECT_NO_THROW(open_store(url(), with_key(kKeyA)));
    const auto m = mismatch_text(url(), kKeyB);
    EXPECT_NE(m.find("key 1 check aaaaaaaa"), std::string::npos) << m;
    EXPECT_NE(m.find("key 1 check bbbbbbbb"), std::string::npos) << m;
    // db init with the wrong key is refused the same way.
    EXPECT_THROW(open_store(url(), with_key(kKeyB, Opening::create)), KeyMismatch);
}

TEST_P(OpeningTest, AnotherKeyIsRefusedBeforeAnyUpgradeIsWritten) {
    open_store(url(), with_key(kKeyA, Opening::create));
    auto newer = schema_migrations();
    newer.push_back({{"CREATE TABLE later_feature (x INTEGER)"}});
    auto options = with_key(kKeyB);
    options.migrations = &newer;
    EXPECT_THROW(open_store(url(), options), KeyMismatch);
    EXPECT_EQ(stored_schema_version(url()), static_cast<int>(schema_migrations().size()));
}

TEST_P(OpeningTest, AnOlderDatabaseRecordsTheKeyAtItsUpgrade) {
    const auto older = steps_before_key_checks();
    OpenOptions old_program = creating();
    old_program.migrations = &older;
    {
        auto store = open_store(url(), old_program);
        store->run([](core::Transaction& tx) {
            tx.branches().insert(sample_branch());
            return true;
        });
    }
    bool was_new = true;
    open_store(url(), with_key(kKeyA, Opening::existing, &was_new));
    EXPECT_FALSE(was_new);
    EXPECT_EQ(stored_schema_version(url()), static_cast<int>(schema_migrations().size()));
    EXPECT_THROW(open_store(url(), with_key(kKeyB)), KeyMismatch);
    EXPECT_NO_THROW(open_store(url(), with_key(kKeyA)));
}

TEST_P(OpeningTest, AStoreOpenedWithoutAKeyLeavesTheRecordToTheFirstProgramWithOne) {
    open_store(url(), creating());
    open_store(url(), with_key(kKeyA));
    EXPECT_THROW(open_store(url(), with_key(kKeyB)), KeyMismatch);
}

// SQLite files: what is missing is told by the file, before SQLite would create it.
class SqliteFile : public ::testing::Test {
  protected:
    SqliteFile() {
        std::random_device random;
        dir_ = fs::temp_directory_path() /
               ("td-open-test-" + std::to_string(random()) + "-" + std::to_string(random()));
    }
    ~SqliteFile() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    fs::path dir_;
};

std::string missing_text(const std::string& url) {
    try {
        open_store(url);
    } catch (const DatabaseMissing& e) {
        return e.what();
    }
    return "(opened)";
}

TEST_F(SqliteFile, AMissingFileIsRefusedAndNothingIsCreated) {
    const auto file = dir_ / "typo" / "tokendsk.db";
    const auto m = missing_text("sqlite:" + file.string());
    EXPECT_NE(m.find(file.string()), std::string::npos) << m;
    EXPECT_NE(m.find("does not exist"), std::string::npos) << m;
    EXPECT_NE(m.find("db init"), std::string::npos) << m;
    EXPECT_FALSE(fs::exists(file.parent_path()));
    EXPECT_EQ(stored_schema_version("sqlite:" + file.string()), 0);
    EXPECT_FALSE(fs::exists(file.parent_path())) << "reading the version must create nothing";
}

TEST_F(SqliteFile, AnEmptyFileCountsAsMissing) {
    fs::create_directories(dir_);
    const auto file = dir_ / "empty.db";
    std::ofstream(file).close();
    const auto m = missing_text("sqlite:" + file.string());
    EXPECT_NE(m.find("empty"), std::string::npos) << m;
    EXPECT_EQ(fs::file_size(file), 0u);
    open_store("sqlite:" + file.string(), creating());
    EXPECT_GT(fs::file_size(file), 0u);
}

// While another program holds SQLite's write lock: opening an up-to-date database and reading
// go on; a writer that gives up says the database is busy.
TEST_F(SqliteFile, ReadingGoesOnWhileAnotherProgramWritesAndAWriterIsToldItIsBusy) {
    const std::string url = "sqlite:" + (dir_ / "td.db").string();
    auto writer = open_store(url, creating());
    writer->run([](core::Transaction& tx) {
        tx.policy().put("k", "v");
        return true;
    });
    std::latch holding(1), done(1);
    std::thread hold([&] {
        writer->run([&](core::Transaction& tx) {
            tx.policy().put("k", "w");
            holding.count_down();
            done.wait();
            return false;
        });
    });
    holding.wait();
    try {
        auto reader = open_store(url, with_key(kKeyA));  // records nothing: the key is kept
        FAIL() << "a key was recorded under another program's write lock";
    } catch (const DatabaseBusy&) {
        // Recording the key needs the lock: it is told as busy, not as a schema problem.
    }
    auto reader = open_store(url);
    std::string value;
    reader->read([&](core::Transaction& tx) { value = tx.policy().all().at("k"); });
    EXPECT_EQ(value, "v");
    try {
        reader->run([](core::Transaction& tx) {
            tx.policy().put("k", "x");
            return true;
        });
        ADD_FAILURE() << "wrote under another program's write lock";
    } catch (const DatabaseBusy& e) {
        EXPECT_NE(std::string(e.what()).find("busy"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("schema"), std::string::npos) << e.what();
    }
    done.count_down();
    hold.join();
}

}  // namespace
}  // namespace td::store::test
