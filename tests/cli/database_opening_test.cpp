// Nothing recorded that did not happen: no command but db init (and demo) makes a database or a
// key file, and no command writes with a key file that is not the database's.
#include <sqlite3.h>

#include <fstream>

#include "cli_runner.h"
#include "test_files.h"

using namespace td::test;

namespace {

class Opening : public CliTest {
  protected:
    std::filesystem::path db_file() const { return dir / "td.db"; }
    std::filesystem::path key_file() const { return dir / "td.key"; }

    CliResult with_key(const std::filesystem::path& key, std::vector<std::string> args) {
        auto saved = env;
        env["TOKENDESK_KEY_FILE"] = key.string();
        auto r = cli(std::move(args));
        env = saved;
        return r;
    }
};

std::string error_message(const CliResult& r) {
    return r.json()["error"].value("message", std::string());
}

}  // namespace

TEST_F(Opening, EveryCommandButDbInitRefusesAMissingDatabase) {
    for (std::vector<std::string> args : {std::vector<std::string>{"audit", "verify"},
                                          {"policy", "show"},
                                          {"branch", "add", "001", "--name", "本店"},
                                          {"otp", "verify", "master1", "123456"}}) {
        auto r = cli(args);
        EXPECT_EQ(r.exit_code, 3) << args[0] << " " << r.out;
        const auto m = error_message(r);
        EXPECT_NE(m.find(db_file().string()), std::string::npos) << m;
        EXPECT_NE(m.find("db init"), std::string::npos) << m;
    }
    EXPECT_FALSE(std::filesystem::exists(db_file()));
    EXPECT_FALSE(std::filesystem::exists(key_file()));
}

TEST_F(Opening, AnEmptyFileIsNoDatabase) {
    std::ofstream(db_file()).close();
    auto r = cli({"audit", "verify"});
    EXPECT_EQ(r.exit_code, 3) << r.out;
    EXPECT_NE(error_message(r).find("empty"), std::string::npos) << r.out;
    EXPECT_EQ(std::filesystem::file_size(db_file()), 0u);
    EXPECT_FALSE(std::filesystem::exists(key_file()));
}

TEST_F(Opening, DbInitMakesTheDatabaseAndItsKeyFileAndMayBeRunAgain) {
    auto r = cli({"db", "init"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(std::filesystem::exists(db_file()));
    EXPECT_TRUE(only_owner_may_use(key_file()));
    EXPECT_EQ(cli({"db", "init"}).exit_code, 0);
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 0);
}

TEST_F(Opening, AMistypedKeyPathMakesNoKeyAndNamesBothFiles) {
    set_up_branch();
    const auto typo = dir / "td.kye";
    auto r = with_key(typo, {"--as", "teller1", "user", "show", "gen1"});
    EXPECT_EQ(r.exit_code, 3) << r.out;
    const auto m = error_message(r);
    EXPECT_NE(m.find(typo.string()), std::string::npos) << m;
    EXPECT_NE(m.find(db_file().string()), std::string::npos) << m;
    EXPECT_FALSE(std::filesystem::exists(typo));
    // Not db init either: the database exists, so its key must be given.
    EXPECT_EQ(with_key(typo, {"db", "init"}).exit_code, 3);
    EXPECT_FALSE(std::filesystem::exists(typo));
}

TEST_F(Opening, AnotherDatabasesKeyWritesNothing) {
    set_up_branch();
    const auto other_db = "sqlite:" + (dir / "other.db").string();
    const auto other_key = dir / "other.key";
    env["TOKENDESK_KEY_FILE"] = other_key.string();
    ASSERT_EQ(run_process(TD_CLI_PATH, {"--db", other_db, "--json", "db", "init"}, env).exit_code,
              0);
    env["TOKENDESK_KEY_FILE"] = key_file().string();
    const auto before = cli({"audit", "verify"}).json();

    env["TOKENDESK_NEW_PASSWORD"] = staff_password("teller9");
    auto r = with_key(other_key, {"--as", "admin", "staff", "add", "teller9", "--name", "窓口 九郎",
                                  "--branch", "001", "--role", "teller"});
    env.erase("TOKENDESK_NEW_PASSWORD");
    EXPECT_EQ(r.exit_code, 3) << r.out;
    const auto m = error_message(r);
    EXPECT_NE(m.find(other_key.string()), std::string::npos) << m;
    EXPECT_NE(m.find(db_file().string()), std::string::npos) << m;
    EXPECT_NE(m.find("key 1 check"), std::string::npos) << m;

    // With the right key: nothing was added, and the trail is intact and unchanged.
    const auto after = cli({"audit", "verify"});
    EXPECT_EQ(after.exit_code, 0) << after.out;
    EXPECT_EQ(after.json()["chains"], before["chains"]);
    env["TOKENDESK_NEW_PASSWORD"] = staff_password("teller9");
    EXPECT_EQ(as("admin", {"staff", "reset-password", "teller9"}).json()["error"]["code"],
              "unknown_staff");
}

TEST_F(Opening, ADatabaseFromBeforeTheKeyCheckRecordsItsKeyOnItsNextStart) {
    set_up_branch();
    exec_sql(db_file(), "DELETE FROM key_checks");
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 0);
    const auto other_key = dir / "other.key";
    ASSERT_EQ(run_process(TD_CLI_PATH,
                          {"--db", "sqlite:" + (dir / "other.db").string(), "--key-file",
                           other_key.string(), "db", "init"},
                          env)
                  .exit_code,
              0);
    EXPECT_EQ(with_key(other_key, {"audit", "verify"}).exit_code, 3);
}

TEST_F(Opening, TheDemoMakesItsOwnDatabase) {
    auto r = run_process(TD_CLI_PATH, {"--db", db_url, "demo"}, env);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(std::filesystem::exists(key_file()));
}

TEST_F(Opening, AMistypedAnchorIsNotReportedAsAnAlteredTrail) {
    set_up_branch();
    auto typo = cli({"audit", "verify", "--anchor", "not-a-head"});
    EXPECT_EQ(typo.exit_code, 1);
    EXPECT_EQ(typo.json()["error"]["code"], "anchor_format");
    EXPECT_EQ(typo.json()["error"]["field"], "anchor");
    auto unknown = cli({"audit", "verify", "--anchor", std::string(64, 'a')});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_EQ(unknown.json()["error"]["code"], "anchor_not_found");
    EXPECT_EQ(error_message(unknown).find("altered"), std::string::npos) << unknown.out;
}

TEST_F(Opening, ALockedUserAndALockedStaffMemberAreNamed) {
    set_up_branch();
    issue_software_token("master1");
    for (int i = 0; i < 10; ++i) cli({"otp", "verify", "master1", "000000"});
    auto r = cli({"otp", "verify", "master1", "000000"});
    EXPECT_EQ(r.json()["error"]["code"], "user_locked");
    EXPECT_EQ(r.json()["error"]["field"], "login_id");
    EXPECT_NE(error_message(r).find("master1"), std::string::npos) << r.out;
    EXPECT_EQ(error_message(r).find("branch"), std::string::npos) << r.out;

    env["TOKENDESK_PASSWORD"] = "wrong-password";
    for (int i = 0; i < 5; ++i) cli({"--as", "teller1", "user", "show", "gen1"});
    auto s = cli({"--as", "teller1", "user", "show", "gen1"});
    EXPECT_EQ(s.json()["error"]["code"], "staff_locked");
    EXPECT_NE(error_message(s).find("teller1"), std::string::npos) << s.out;
}

// Another program holding SQLite's write lock (here: this test, BEGIN IMMEDIATE on the file).
TEST_F(Opening, LookingWorksWhileAnotherProgramWritesAndAWriterIsToldItIsBusy) {
    set_up_branch();
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db_file().string().c_str(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    auto verify = cli({"audit", "verify"});
    EXPECT_EQ(verify.exit_code, 0) << verify.out;
    auto policy = cli({"policy", "show"});
    EXPECT_EQ(policy.exit_code, 0) << policy.out;
    auto write = as("admin", {"policy", "set", "lock_threshold", "6"});
    EXPECT_EQ(write.exit_code, 3) << write.out;
    EXPECT_NE(error_message(write).find("busy"), std::string::npos) << write.out;
    EXPECT_EQ(error_message(write).find("schema"), std::string::npos) << write.out;
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}
