// What a program does at start with its database and key file: a key file is made only with a
// new database, and a key file that is not the database's stops it before any write, with a
// message naming both files.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "td/core/clock.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/runtime/key_problem.h"
#include "td/runtime/runtime.h"
#include "td/store/open_store.h"

namespace td::runtime {
namespace {

namespace fs = std::filesystem;

class OpeningTest : public ::testing::Test {
  protected:
    OpeningTest() {
        std::random_device random;
        dir_ = fs::temp_directory_path() /
               ("td-runtime-open-" + std::to_string(random()) + "-" + std::to_string(random()));
        fs::create_directories(dir_);
    }
    ~OpeningTest() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }

    std::unique_ptr<Runtime> open(const std::string& db, const std::string& key,
                                  Opening opening = Opening::existing) {
        return std::make_unique<Runtime>(
            "sqlite:" + (dir_ / db).string(), dir_ / key,
            std::make_unique<core::ManualClock>(*core::parse_iso("2026-11-26T01:00:00Z")),
            /*fast_password_hashing=*/true, opening);
    }

    // The fault's message when opening fails, "(opened)" otherwise.
    std::string refusal(const std::string& db, const std::string& key,
                        Opening opening = Opening::existing) {
        try {
            open(db, key, opening);
        } catch (const core::Fault& e) {
            return e.what();
        }
        return "(opened)";
    }

    fs::path dir_;
};

TEST_F(OpeningTest, EveryDayStartCreatesNeitherDatabaseNorKeyFile) {
    EXPECT_THROW(open("td.db", "td.key"), store::DatabaseMissing);
    EXPECT_FALSE(fs::exists(dir_ / "td.db"));
    EXPECT_FALSE(fs::exists(dir_ / "td.key"));
}

TEST_F(OpeningTest, CreatingMakesBothAndTheNextStartOpensThem) {
    open("td.db", "td.key", Opening::create);
    EXPECT_TRUE(fs::exists(dir_ / "td.db"));
    EXPECT_TRUE(fs::exists(dir_ / "td.key"));
    EXPECT_NO_THROW(open("td.db", "td.key"));
}

TEST_F(OpeningTest, AMistypedKeyPathIsRefusedAndNoKeyIsMade) {
    open("td.db", "td.key", Opening::create);
    for (auto opening : {Opening::existing, Opening::create}) {
        const auto m = refusal("td.db", "td.kye", opening);
        EXPECT_NE(m.find((dir_ / "td.kye").string()), std::string::npos) << m;
        EXPECT_NE(m.find((dir_ / "td.db").string()), std::string::npos) << m;
        EXPECT_NE(m.find("does not exist"), std::string::npos) << m;
        EXPECT_NE(m.find("--key-file"), std::string::npos) << m;
        EXPECT_FALSE(fs::exists(dir_ / "td.kye"));
    }
}

TEST_F(OpeningTest, AnotherDatabasesKeyIsRefusedBeforeAnyWrite) {
    {
        auto rt = open("td.db", "td.key", Opening::create);
        core::PolicyService(rt->context()).ensure_defaults();
    }
    open("other.db", "other.key", Opening::create);
    const auto before = fs::last_write_time(dir_ / "td.db");
    const auto size = fs::file_size(dir_ / "td.db");
    const auto m = refusal("td.db", "other.key");
    EXPECT_NE(m.find((dir_ / "other.key").string()), std::string::npos) << m;
    EXPECT_NE(m.find((dir_ / "td.db").string()), std::string::npos) << m;
    EXPECT_NE(m.find("key 1 check"), std::string::npos) << m;
    EXPECT_NE(m.find("Nothing was written"), std::string::npos) << m;
    EXPECT_EQ(fs::last_write_time(dir_ / "td.db"), before);
    EXPECT_EQ(fs::file_size(dir_ / "td.db"), size);
    // And the right key still opens it.
    EXPECT_NO_THROW(open("td.db", "td.key"));
}

// The desktop words these in the user's language from the parts, so the parts must be right.
TEST_F(OpeningTest, KeyProblemsCarryTheirKindAndBothFiles) {
    open("td.db", "td.key", Opening::create);
    open("other.db", "other.key", Opening::create);
    try {
        open("td.db", "td.kye");
        ADD_FAILURE() << "a missing key file opened the database";
    } catch (const KeyProblem& p) {
        EXPECT_EQ(p.kind(), KeyProblem::Kind::missing);
        EXPECT_EQ(p.key_file(), (dir_ / "td.kye").string());
        EXPECT_EQ(p.database(), (dir_ / "td.db").string());
    }
    try {
        open("td.db", "other.key");
        ADD_FAILURE() << "another database's key opened the database";
    } catch (const KeyProblem& p) {
        EXPECT_EQ(p.kind(), KeyProblem::Kind::mismatch);
        EXPECT_EQ(p.key_file(), (dir_ / "other.key").string());
        EXPECT_EQ(p.database(), (dir_ / "td.db").string());
        EXPECT_EQ(p.recorded().rfind("key 1 check ", 0), 0u) << p.recorded();
        EXPECT_EQ(p.offered().rfind("key 1 check ", 0), 0u) << p.offered();
        EXPECT_NE(p.recorded(), p.offered());
    }
}

TEST_F(OpeningTest, ANewDatabaseTakesAKeyFileThatIsAlreadyThere) {
    open("first.db", "td.key", Opening::create);
    EXPECT_NO_THROW(open("second.db", "td.key", Opening::create));
    EXPECT_NO_THROW(open("second.db", "td.key"));
}

}  // namespace
}  // namespace td::runtime
