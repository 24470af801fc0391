// Input at the edges, as scripts meet it: repeated options, --as with a wrong password, the
// usage-start password off the command line, printable text only, IDs in any letter case.
#include "cli_runner.h"

using namespace td::test;

TEST_F(CliTest, ARepeatedOptionIsAUsageError) {
    set_up_branch();
    auto twice = as("teller1", {"apply", "software-token", "master1", "--start-password", "1234",
                                "--start-password", "5678"});
    EXPECT_EQ(twice.exit_code, 2) << twice.out << twice.err;
    auto as_twice = cli({"--as", "teller1", "--as", "manager1", "user", "show", "gen1"});
    EXPECT_EQ(as_twice.exit_code, 2);
    auto flag_twice = as("teller1", {"apply", "unlock", "master1", "--seal-checked",
                                     "--seal-checked"});
    EXPECT_EQ(flag_twice.exit_code, 2);
    // Nothing was entered.
    EXPECT_EQ(as("manager1", {"application", "list"}).json()["applications"].size(), 0u);
}

TEST_F(CliTest, AWrongPasswordWithAsIsRefusedEvenWhereNoSignInIsNeeded) {
    set_up_branch();
    env["TOKENDESK_PASSWORD"] = "wrong-password";
    // otp verify is the customer's side and asks for no sign-in; --as still claims one.
    auto r = cli({"--as", "teller1", "otp", "verify", "master1", "123456"});
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_EQ(r.json()["error"]["code"], "sign_in_failed");
    EXPECT_EQ(r.json()["error"]["field"], "as");
    env.erase("TOKENDESK_PASSWORD");
    // Without --as the same command runs as before.
    EXPECT_EQ(cli({"otp", "verify", "master1", "123456"}).json()["error"]["code"],
              "no_active_token");
}

TEST_F(CliTest, StartPasswordFromTheEnvironmentOrStandardInput) {
    set_up_branch();
    env["TOKENDESK_START_PASSWORD"] = "１２３４";
    auto full = as("teller1", {"apply", "software-token", "master1", "--start-password", "-"});
    EXPECT_EQ(full.json()["error"]["code"], "full_width_digits");
    env["TOKENDESK_START_PASSWORD"] = "4321";
    auto from_env = as("teller1", {"apply", "software-token", "master1", "--start-password", "-"});
    ASSERT_EQ(from_env.exit_code, 0) << from_env.out << from_env.err;
    env.erase("TOKENDESK_START_PASSWORD");
    auto approved = as("manager1", {"approve", std::to_string(from_env.json()["application_id"]
                                                                  .get<int>())});
    ASSERT_EQ(approved.exit_code, 0) << approved.out;
    const auto v = approved.json();
    // Standard input, as a script pipes it: the activation takes the password given at intake.
    auto activate = run_process(
        TD_CLI_PATH,
        {"--db", db_url, "--json", "token", "activate", "--service-id", v["service_id"],
         "--token-user-id", v["token_user_id"], "--start-password", "-"},
        env, "4321\n");
    EXPECT_EQ(activate.exit_code, 0) << activate.out << activate.err;
}

TEST_F(CliTest, UnprintableTextIsRefusedAtEntryNamingFieldAndCharacter) {
    set_up_branch();
    const auto add = [&](const std::string& company) {
        return as("teller1", {"contract", "add", "2000001", "--company", company,
                              "--company-kana", "サクラ", "--representative", "桜井 太郎",
                              "--postal", "100-0005", "--address", "東京都", "--branch", "001"});
    };
    auto r = add("株式会社\u202Eさくら");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.json()["error"]["code"], "character_not_allowed");
    EXPECT_EQ(r.json()["error"]["field"], "company");
    EXPECT_EQ(r.json()["error"]["code_point"], "U+202E");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("U+202E"), std::string::npos);
    EXPECT_EQ(add("　　").json()["error"]["code"], "required");
    EXPECT_EQ(add("株式会社さくら").exit_code, 0);
}

TEST_F(CliTest, IdsDifferingOnlyInCaseAreDuplicates) {
    set_up_branch();
    auto r = as("teller1", {"user", "add", "Master1", "--contract", "1000001", "--name", "x",
                            "--kind", "general"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.json()["error"]["code"], "already_exists");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("master1"), std::string::npos);
}

TEST_F(CliTest, FullWidthOtpCountsTowardNoLock) {
    set_up_branch();
    for (int i = 0; i < 6; ++i) {
        auto r = cli({"otp", "verify", "master1", "１２３４５６"});
        EXPECT_EQ(r.json()["error"]["code"], "full_width_digits");
    }
    auto show = as("teller1", {"user", "show", "master1"});
    EXPECT_EQ(show.json()["fail_count"], 0) << show.out;
}
