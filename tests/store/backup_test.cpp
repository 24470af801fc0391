// Backup and restore on every backend: a copy taken from a database in use comes back whole
// into an empty database; a database that is not empty is never overwritten; ODBC says what
// to run instead.
#include <filesystem>
#include <optional>
#include <random>

#include "sample_data.h"
#include "store_fixture.h"
#include "td/store/backup.h"
#include "td/store/open_store.h"
#include "test_files.h"

namespace td::store::test {
namespace {

namespace fs = std::filesystem;

class BackupTest : public StoreTest {
  protected:
    fs::path dir;
    void SetUp() override {
        StoreTest::SetUp();
        std::random_device random;
        dir = fs::temp_directory_path() /
              ("td-backup-test-" + std::to_string(random()) + "-" + std::to_string(random()));
        fs::create_directories(dir);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(dir, ec);
        StoreTest::TearDown();
    }

    // False where this program cannot run pg_dump (Windows).
    bool backed_up(const fs::path& file) {
        try {
            backup_database(url(), file);
            return true;
        } catch (const RunByHand&) {
            return false;
        }
    }

    void fill() {
        commit([](core::Transaction& tx) {
            tx.branches().insert(sample_branch());
            tx.staff().insert({"admin", "管理 " + kQuotes, "001", core::Role::admin, "h", 0,
                               false, false});
            tx.audit().append(sample_event("001", 1));
        });
    }
};
TD_STORE_TEST_SUITE(BackupTest);

TEST_P(BackupTest, ACopyComesBackWholeIntoAnEmptyDatabase) {
    fill();
    const fs::path file = dir / "tokendesk.backup";
    if (GetParam() == "odbc") {
        EXPECT_THROW(backup_database(url(), file), RunByHand);
        EXPECT_FALSE(fs::exists(file));
        return;
    }
    std::optional<BackupMade> attempt;
    try {
        attempt = backup_database(url(), file);
    } catch (const RunByHand& e) {
        // pg_dump is run on Debian only (a Windows counter PC says what to run on the server).
        GTEST_SKIP() << e.what();
    }
    const BackupMade made = *attempt;
    EXPECT_EQ(made.file, file);
    EXPECT_GT(made.bytes, 0u);
    EXPECT_EQ(made.schema_version, stored_schema_version(url()));
    EXPECT_TRUE(td::test::only_owner_may_use(file));
    // Written after the copy began: not in it.
    commit([](core::Transaction& tx) { tx.branches().insert(sample_branch("002")); });

    auto empty = make_test_database(GetParam());
    restore_database(empty->url(), file, {});
    auto restored = open_store(empty->url());
    std::vector<core::Staff> staff;
    std::vector<core::AuditEvent> events;
    bool second_branch = true;
    restored->read([&](core::Transaction& tx) {
        staff = tx.staff().all();
        events = tx.audit().events("001");
        second_branch = tx.branches().find("002").has_value();
    });
    ASSERT_EQ(staff.size(), 1u);
    EXPECT_EQ(staff[0].name, "管理 " + kQuotes);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].mac, sample_event("001", 1).mac);
    EXPECT_FALSE(second_branch);
}

TEST_P(BackupTest, ADatabaseThatIsNotEmptyIsNeverOverwritten) {
    if (GetParam() == "odbc") GTEST_SKIP() << "ODBC is backed up by the server's own tools";
    fill();
    const fs::path file = dir / "tokendesk.backup";
    if (!backed_up(file)) GTEST_SKIP() << "pg_dump cannot be run here";
    try {
        restore_database(url(), file, {});
        ADD_FAILURE() << "restored over a database in use";
    } catch (const core::Fault& e) {
        EXPECT_NE(std::string(e.what()).find("not empty"), std::string::npos) << e.what();
    }
    EXPECT_THROW(backup_database(url(), file), core::Fault) << "a backup overwrites no file";
}

TEST_P(BackupTest, ATruncatedBackupRestoresNothing) {
    if (GetParam() == "odbc") GTEST_SKIP() << "ODBC is backed up by the server's own tools";
    fill();
    const fs::path file = dir / "tokendesk.backup";
    if (!backed_up(file)) GTEST_SKIP() << "pg_dump cannot be run here";
    fs::resize_file(file, fs::file_size(file) / 3);
    auto empty = make_test_database(GetParam());
    EXPECT_THROW(restore_database(empty->url(), file, {}), core::Fault);
    EXPECT_EQ(stored_schema_version(empty->url()), 0) << "nothing was written";
}

}  // namespace
}  // namespace td::store::test
