// The restore drill docs/operations.md asks for, as a test: a branch at work (a key fob handed
// over and used), backed up, the database destroyed, restored from the backup; then the audit
// chains verify against the head printed before, db check is clean and the token still works.
#include <filesystem>

#include "hardware_fixture.h"
#include "test_files.h"

using namespace td::test;

namespace {

namespace fs = std::filesystem;

class RestoreDrillTest : public HardwareCliTest {
  protected:
    fs::path db_file() const { return dir / "td.db"; }
};

TEST_F(RestoreDrillTest, BackupDestroyRestoreAndEverythingStillHolds) {
    SKIP_WITHOUT_PEER_TOOLS();
    ASSERT_EQ(hand_over("master1", hotp(0)).exit_code, 0);
    ASSERT_EQ(cli({"otp", "verify", "master1", hotp(1)}).exit_code, 0);
    // The head of the branch's chain, as the day's journal prints it.
    auto before = cli({"audit", "verify"});
    ASSERT_EQ(before.exit_code, 0) << before.out;
    const std::string anchor = before.json()["chains"]["001"]["head"];

    const fs::path backup = dir / "backups" / "tokendesk-2026-11-26.db";
    fs::create_directories(backup.parent_path());
    auto made = cli({"db", "backup", "--out", backup.string()});
    ASSERT_EQ(made.exit_code, 0) << made.out << made.err;
    EXPECT_EQ(made.json()["method"], "sqlite");
    EXPECT_GT(made.json()["bytes"].get<long long>(), 0);
    EXPECT_TRUE(only_owner_may_use(backup));

    fs::remove(db_file());  // the disk is lost
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 3);
    auto restored = cli({"db", "restore", backup.string()});
    ASSERT_EQ(restored.exit_code, 0) << restored.out << restored.err;

    auto after = cli({"audit", "verify", "--anchor", anchor});
    ASSERT_EQ(after.exit_code, 0) << after.out;
    EXPECT_EQ(after.json()["intact"], true);
    auto check = as("admin", {"db", "check"});
    EXPECT_EQ(check.exit_code, 0) << check.out;
    EXPECT_EQ(check.json()["clean"], true);
    // The key fob goes on where it was: its next code, never a code used before the backup.
    EXPECT_NE(cli({"otp", "verify", "master1", hotp(1)}).exit_code, 0);
    EXPECT_EQ(cli({"otp", "verify", "master1", hotp(2)}).exit_code, 0);
}

TEST_F(RestoreDrillTest, ARestoreOverwritesNothingAndABackupNoFile) {
    const fs::path backup = dir / "tokendesk.backup";
    ASSERT_EQ(cli({"db", "backup", "--out", backup.string()}).exit_code, 0);
    auto over = cli({"db", "restore", backup.string()});
    EXPECT_EQ(over.exit_code, 3);
    EXPECT_NE(over.out.find("not empty"), std::string::npos) << over.out;
    auto again = cli({"db", "backup", "--out", backup.string()});
    EXPECT_EQ(again.exit_code, 3);
    EXPECT_NE(again.out.find("exists already"), std::string::npos) << again.out;
    EXPECT_EQ(cli({"--as", "admin", "db", "backup", "--out", (dir / "x").string()}).exit_code, 2)
        << "a backup signs no one in";
}

TEST_F(RestoreDrillTest, ABackupUnderAnotherKeyIsRefusedAndNothingIsWritten) {
    const fs::path backup = dir / "tokendesk.backup";
    ASSERT_EQ(cli({"db", "backup", "--out", backup.string()}).exit_code, 0);
    fs::remove(db_file());
    env["TOKENDESK_KEY_FILE"] = (dir / "other.key").string();
    ASSERT_EQ(cli({"db", "init"}).exit_code, 0);  // makes other.key (and a database)
    fs::remove(db_file());
    auto r = cli({"db", "restore", backup.string()});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.out.find("is not the key of the database"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(db_file()) && fs::file_size(db_file()) > 0);
}

}  // namespace
