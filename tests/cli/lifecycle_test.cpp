// The whole software-token life through tokendesk-cli, as the checks and scripts drive it.
#include "cli_runner.h"

using namespace td::test;

TEST_F(CliTest, SoftwareTokenFromIntakeToFirstLogin) {
    set_up_branch();
    auto in =
        as("teller1", {"apply", "software-token", "master1", "--start-password", "2580",
                       "--form-received", "2026-11-26", "--seal-checked", "--identity-checked",
                       "--visitor", "桜井 太郎", "--visitor-role", "principal"});
    ASSERT_EQ(in.exit_code, 0) << in.out << in.err;
    const auto intake = in.json();
    EXPECT_EQ(intake["state"], "entered");
    EXPECT_FALSE(intake.contains("start_password"));
    const std::string id = std::to_string(intake["application_id"].get<int>());

    auto ok = as("manager1", {"approve", id});
    ASSERT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    const auto approved = ok.json();
    EXPECT_EQ(approved["state"], "approved");
    EXPECT_EQ(approved["service_id"], "SEIKYO01");
    const std::string token_user_id = approved["token_user_id"];
    EXPECT_EQ(token_user_id.size(), 10u);

    auto shown = as("teller1", {"application", "show", id}).json();
    EXPECT_EQ(shown["token_user_id"], token_user_id);
    EXPECT_EQ(shown["service_id"], "SEIKYO01");

    auto user = as("teller1", {"user", "show", "master1"}).json();
    EXPECT_EQ(user["login_id"], "master1");
    EXPECT_EQ(user["kind"], "master");
    EXPECT_EQ(user["otp_state"], "active");
    EXPECT_EQ(user["fail_count"], 0);
    ASSERT_EQ(user["tokens"].size(), 1u);
    EXPECT_EQ(user["tokens"][0]["kind"], "software");
    EXPECT_EQ(user["tokens"][0]["state"], "issued");
    EXPECT_EQ(user["tokens"][0]["token_user_id"], token_user_id);
    EXPECT_FALSE(user.contains("earliest_issue_at"));

    auto act = cli({"token", "activate", "--service-id", "SEIKYO01", "--token-user-id",
                    token_user_id, "--start-password", "2580"});
    ASSERT_EQ(act.exit_code, 0) << act.out << act.err;
    const auto activation = act.json();
    EXPECT_EQ(activation["digits"], 6);
    EXPECT_EQ(activation["period"], 60);
    EXPECT_FALSE(activation["secret_base32"].get<std::string>().empty());
    EXPECT_EQ(activation["otpauth_uri"].get<std::string>().rfind("otpauth://totp/", 0), 0u);
    EXPECT_EQ(as("teller1", {"user", "show", "master1"}).json()["tokens"][0]["state"], "active");
}

TEST_F(CliTest, GeneratedStartPasswordIsShownOnceAndWorks) {
    set_up_branch();
    auto in =
        as("teller1", {"apply", "software-token", "gen1", "--generate-start-password"}).json();
    ASSERT_TRUE(in.contains("start_password"));
    const std::string pw = in["start_password"];
    EXPECT_GE(pw.size(), 4u);
    EXPECT_LE(pw.size(), 8u);
    const std::string id = std::to_string(in["application_id"].get<int>());
    auto shown = as("teller1", {"application", "show", id});
    EXPECT_EQ(shown.out.find(pw), std::string::npos);
    auto ok = as("manager1", {"approve", id}).json();
    EXPECT_EQ(ok.dump().find(pw), std::string::npos);
    auto act = cli({"token", "activate", "--service-id", ok["service_id"], "--token-user-id",
                    ok["token_user_id"], "--start-password", pw});
    EXPECT_EQ(act.exit_code, 0) << act.out;
}

TEST_F(CliTest, MakerCannotApproveAndApprovingTwiceIsRefused) {
    set_up_branch();
    auto in =
        as("manager1", {"apply", "software-token", "master1", "--start-password", "1234"}).json();
    const std::string id = std::to_string(in["application_id"].get<int>());
    auto self = as("manager1", {"approve", id});
    EXPECT_EQ(self.exit_code, 1);
    EXPECT_EQ(self.json()["error"]["code"], "maker_is_checker");
    EXPECT_EQ(as("teller1", {"approve", id}).json()["error"]["code"], "role_not_allowed");
    EXPECT_EQ(as("manager2", {"approve", id}).exit_code, 0);
    auto twice = as("manager1", {"approve", id});
    EXPECT_EQ(twice.exit_code, 1);
    EXPECT_EQ(twice.json()["error"]["code"], "application_not_entered");
}

TEST_F(CliTest, RejectAndCancel) {
    set_up_branch();
    auto a =
        as("teller1", {"apply", "software-token", "master1", "--start-password", "1234"}).json();
    const std::string id = std::to_string(a["application_id"].get<int>());
    EXPECT_EQ(as("manager1", {"reject", id}).exit_code, 2);  // --reason is required
    auto r = as("manager1", {"reject", id, "--reason", "届出印相違"});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(r.json()["state"], "rejected");
    auto b =
        as("teller1", {"apply", "software-token", "master1", "--start-password", "1234"}).json();
    const std::string id2 = std::to_string(b["application_id"].get<int>());
    auto c = as("teller1", {"cancel", id2});
    EXPECT_EQ(c.json()["state"], "cancelled");
    auto list = as("manager1", {"application", "list", "--state", "rejected"}).json();
    ASSERT_EQ(list["applications"].size(), 1u);
    EXPECT_EQ(list["applications"][0]["application_id"].get<int>(), std::stoi(id));
    EXPECT_EQ(as("manager1", {"application", "list"}).json()["applications"].size(), 2u);
}

TEST_F(CliTest, MisuseReportStopsTheTokenBeforeApproval) {
    set_up_branch();
    issue_software_token("master1");
    auto rep = as("teller1", {"apply", "misuse-report", "master1", "--details",
                              "身に覚えのない振込がありました"});
    ASSERT_EQ(rep.exit_code, 0) << rep.out;
    EXPECT_EQ(rep.json()["state"], "entered");
    EXPECT_EQ(as("teller1", {"user", "show", "master1"}).json()["tokens"][0]["state"], "stopped");
    const std::string id = std::to_string(rep.json()["application_id"].get<int>());
    ASSERT_EQ(as("manager1", {"cancel", id}).exit_code, 0);
    EXPECT_EQ(as("teller1", {"user", "show", "master1"}).json()["tokens"][0]["state"], "stopped");
}

TEST_F(CliTest, WrittenUnlockOfALockedMaster) {
    set_up_branch();
    auto tok = issue_software_token("master1");
    cli({"token", "activate", "--service-id", tok["service_id"], "--token-user-id",
         tok["token_user_id"], "--start-password", "2580"});
    for (int i = 0; i < 5; ++i) cli({"otp", "verify", "master1", "000000"});
    auto locked = as("teller1", {"user", "show", "master1"}).json();
    EXPECT_EQ(locked["otp_state"], "locked");
    EXPECT_EQ(locked["fail_count"], 5);
    auto online = cli({"online", "unlock", "master1", "--by", "master1", "--otp", "000000"});
    EXPECT_EQ(online.exit_code, 1);
    auto in = as("teller1",
                 {"apply", "unlock", "master1", "--form-received", "2026-11-26", "--seal-checked",
                  "--identity-checked", "--visitor", "桜井 次郎", "--visitor-role", "agent"});
    ASSERT_EQ(in.exit_code, 0) << in.out;
    ASSERT_EQ(as("manager1", {"approve", std::to_string(in.json()["application_id"].get<int>())})
                  .exit_code,
              0);
    auto after = as("teller1", {"user", "show", "master1"}).json();
    EXPECT_EQ(after["otp_state"], "active");
    EXPECT_EQ(after["fail_count"], 0);
}

TEST_F(CliTest, PolicyShowAndSet) {
    set_up_branch();
    auto p = cli({"policy", "show"}).json();
    EXPECT_EQ(p["policy"]["lock_threshold"], 5);
    EXPECT_EQ(p["policy"]["drift_steps"], 1);
    EXPECT_EQ(p["policy"]["otp_digits"], 6);
    EXPECT_EQ(p["policy"]["activation_attempts"], 5);
    EXPECT_EQ(p["policy"]["hotp_lookahead"], 10);
    EXPECT_EQ(p["policy"]["service_id"], "SEIKYO01");
    EXPECT_EQ(as("teller1", {"policy", "set", "lock_threshold", "3"}).json()["error"]["code"],
              "role_not_allowed");
    ASSERT_EQ(as("admin", {"policy", "set", "lock_threshold", "3"}).exit_code, 0);
    EXPECT_EQ(cli({"policy", "show"}).json()["policy"]["lock_threshold"], 3);
    auto bad = as("admin", {"policy", "set", "otp_digits", "9"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_EQ(bad.json()["error"]["field"], "value");
}

TEST_F(CliTest, NewStaffPasswordIsReadFromStandardInput) {
    set_up_branch();
    auto r = run_process(
        TD_CLI_PATH,
        {"--db", db_url, "--json", "--as", "admin", "staff", "add", "teller9", "--name", "窓口 九",
         "--branch", "001", "--role", "teller"},
        [&] {
            auto e = env;
            e["TOKENDESK_PASSWORD"] = staff_password("admin");
            return e;
        }(),
        first_password("teller9") + "\n");
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    auto e = env;
    e["TOKENDESK_PASSWORD"] = first_password("teller9");
    EXPECT_EQ(run_process(TD_CLI_PATH,
                          {"--db", db_url, "--json", "--as", "teller9", "user", "show", "gen1"}, e)
                  .json()["error"]["code"],
              "password_change_required")
        << "a password an administrator set is changed at first sign-in";
    // The current password and the new one (typed twice) from standard input.
    auto changed = run_process(TD_CLI_PATH,
                               {"--db", db_url, "--json", "--as", "teller9", "password", "change"},
                               env,
                               first_password("teller9") + "\n" + staff_password("teller9") +
                                   "\n" + staff_password("teller9") + "\n");
    ASSERT_EQ(changed.exit_code, 0) << changed.out << changed.err;
    EXPECT_EQ(as("teller9", {"user", "show", "gen1"}).exit_code, 0);
}
