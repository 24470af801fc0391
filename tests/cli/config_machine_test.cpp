// config machine: the settings IT gives every user of a PC (what the Windows installer writes
// from DATABASE_URL and KEY_FILE), readable by every user, used by every command, refused
// whole when a value could not work.
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "test_files.h"

using namespace td::test;

namespace {

class ConfigMachine : public CliTest {
  protected:
    std::filesystem::path conf() const { return dir / "machine" / "TokenDesk" / "tokendesk.conf"; }

    void SetUp() override {
        CliTest::SetUp();
        env["TOKENDESK_SYSTEM_CONF"] = conf().string();
        env.erase("TOKENDESK_KEY_FILE");  // the machine's file names it
    }

    // tokendesk-cli --json ARGS... (no --db: the settings decide).
    CliResult run(std::vector<std::string> args) {
        args.insert(args.begin(), "--json");
        return run_process(TD_CLI_PATH, args, env);
    }

    std::string conf_text() const {
        std::ifstream in(conf(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
};

}  // namespace

TEST_F(ConfigMachine, WritesTheSettingsEveryUserReadsAndEveryCommandUsesThem) {
    const auto db = dir / "central" / "td.db";
    const auto key = dir / "central" / "td.key";
    std::filesystem::create_directories(db.parent_path());
    auto r = run({"config", "machine", "--db", "sqlite:" + db.string(), "--key-file",
                  key.string(), "--language", "ja"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.json()["file"], conf().string());
    EXPECT_EQ(r.json()["key_file"], key.string());
    EXPECT_EQ(r.json()["language"], "ja");
    EXPECT_TRUE(r.json()["printer"].is_null());
    EXPECT_NE(conf_text().find("database = sqlite:" + db.string() + "\n"), std::string::npos)
        << conf_text();
    // Every teller's program reads it: not the owner's alone.
    EXPECT_FALSE(only_owner_may_use(conf()));

    // No --db and no key-file variable: the machine's file decides both.
    auto init = run({"db", "init"});
    ASSERT_EQ(init.exit_code, 0) << init.out << init.err;
    EXPECT_TRUE(std::filesystem::exists(db));
    EXPECT_TRUE(std::filesystem::exists(key));
}

TEST_F(ConfigMachine, KeepsWhatIsNotGivenAndTakesEmptyValuesAsNotGiven) {
    const auto db = dir / "td.db";
    ASSERT_EQ(run({"config", "machine", "--db", "sqlite:" + db.string()}).exit_code, 0);
    // The installer passes every property, empty when IT gave none.
    auto r = run({"config", "machine", "--db", "", "--key-file", "", "--printer", "Counter-1",
                  "--lock-minutes", "10"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(conf_text().find("database = sqlite:" + db.string()), std::string::npos);
    EXPECT_NE(conf_text().find("printer = Counter-1"), std::string::npos);
    EXPECT_NE(conf_text().find("lock_minutes = 10"), std::string::npos);
    EXPECT_EQ(conf_text().find("key_file"), std::string::npos);

    // With nothing given it shows the file and changes nothing.
    const std::string before = conf_text();
    auto shown = run({"config", "machine"});
    ASSERT_EQ(shown.exit_code, 0);
    EXPECT_EQ(shown.json()["printer"], "Counter-1");
    EXPECT_EQ(shown.json()["lock_minutes"], 10);
    EXPECT_EQ(conf_text(), before);
}

TEST_F(ConfigMachine, NeverShowsTheDatabasePassword) {
    auto r = run({"config", "machine", "--db",
                  "postgresql://td:Pw-s3cret@db.example:5432/tokendesk?sslmode=verify-full"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out.find("Pw-s3cret"), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find("Pw-s3cret"), std::string::npos) << r.err;
    // The file holds it whole: the programs need it.
    EXPECT_NE(conf_text().find("Pw-s3cret"), std::string::npos);
}

TEST_F(ConfigMachine, RefusesWhatCouldNotWorkNamingTheFieldAndWritesNothing) {
    ASSERT_EQ(run({"config", "machine", "--printer", "Counter-1"}).exit_code, 0);
    const std::string before = conf_text();
    struct Case {
        std::vector<std::string> args;
        std::string code;
        std::string field;
    };
    const Case cases[] = {
        {{"--db", "sqlite:relative.db"}, "settings_path_not_absolute", "database"},
        {{"--db", "mysql://x/y"}, "settings_database_scheme", "database"},
        {{"--key-file", "relative.key"}, "settings_path_not_absolute", "key_file"},
        {{"--db", "odbc:DSN=td\nprinter = elsewhere"}, "control_character", "database"},
        {{"--language", "fr"}, "invalid_choice", "language"},
        {{"--lock-minutes", "500"}, "settings_number_range", "lock_minutes"},
        {{"--lock-minutes", "ten"}, "settings_number_range", "lock_minutes"},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args{"config", "machine"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        auto r = run(args);
        EXPECT_EQ(r.exit_code, 1) << c.args[1];
        EXPECT_EQ(r.json()["error"]["code"], c.code) << c.args[1];
        EXPECT_EQ(r.json()["error"]["field"], c.field) << c.args[1];
        EXPECT_EQ(conf_text(), before) << c.args[1];
    }
}

TEST_F(ConfigMachine, SignsNoOneIn) {
    env["TOKENDESK_PASSWORD"] = "whatever";
    auto r = run({"--as", "admin", "config", "machine", "--printer", "Counter-1"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_FALSE(std::filesystem::exists(conf()));
}
