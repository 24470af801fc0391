// Staff password rules through tokendesk-cli: `password change`, the policy's keys, and the
// refusals a script sees.
#include "cli_runner.h"

using namespace td::test;

namespace {

class PasswordCliTest : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
    }
    std::string code(const CliResult& r) { return r.json()["error"].value("code", "ok"); }
};

TEST_F(PasswordCliTest, ThePolicyShowsTheStaffPasswordRulesWithTheirDefaults) {
    const auto p = as("teller1", {"policy", "show"}).json()["policy"];
    EXPECT_EQ(p["staff_password_min_length"], 12);
    EXPECT_EQ(p["staff_password_history"], 3);
    EXPECT_EQ(p["staff_password_must_change"], 1);
    EXPECT_EQ(p["staff_password_expiry_days"], 0);
    EXPECT_EQ(p["retention_years"], 10);
}

TEST_F(PasswordCliTest, ANewPasswordIsCheckedAgainstThePolicyAndTheLastThree) {
    const std::string now = staff_password("teller1");
    auto shorter = change_password("teller1", now, "too-short");
    EXPECT_EQ(code(shorter), "password_too_short");
    EXPECT_EQ(shorter.json()["error"]["field"], "new_password");
    EXPECT_EQ(shorter.exit_code, 1);
    EXPECT_EQ(code(change_password("teller1", now, now)), "password_unchanged");
    auto wrong = change_password("teller1", "not-my-password", "a-new-password-1");
    EXPECT_EQ(code(wrong), "sign_in_failed");
    EXPECT_EQ(wrong.json()["error"]["field"], "current_password");

    auto changed = change_password("teller1", now, "a-new-password-1");
    ASSERT_EQ(changed.exit_code, 0) << changed.out << changed.err;
    EXPECT_EQ(changed.json()["staff_id"], "teller1");
    EXPECT_TRUE(changed.json()["expires_at"].is_null());
    auto back = change_password("teller1", "a-new-password-1", now);
    EXPECT_EQ(code(back), "password_reused");
    EXPECT_EQ(back.json()["error"]["count"], "3");

    // Typed twice at the prompt (standard input here): two different typings are refused.
    auto mismatch = run_process(
        TD_CLI_PATH, {"--db", db_url, "--json", "--as", "teller1", "password", "change"}, env,
        "a-new-password-1\nanother-password-1\nanother-password-2\n");
    EXPECT_EQ(code(mismatch), "password_mismatch");
    EXPECT_EQ(code(cli({"password", "change"})), "sign_in_required");
}

TEST_F(PasswordCliTest, AResetPasswordAndAnExpiredOneMustBeChangedBeforeAnyCommand) {
    auto reset = [&] {
        auto saved = env;
        env["TOKENDESK_NEW_PASSWORD"] = "reset-by-admin-1";
        auto r = as("admin", {"staff", "reset-password", "manager2"});
        env = saved;
        return r;
    }();
    ASSERT_EQ(reset.exit_code, 0) << reset.out;
    auto saved = env;
    env["TOKENDESK_PASSWORD"] = "reset-by-admin-1";
    auto refused = cli({"--as", "manager2", "user", "show", "gen1"});
    env = saved;
    EXPECT_EQ(code(refused), "password_change_required");
    EXPECT_EQ(refused.json()["error"]["reason"], "first_sign_in");
    EXPECT_EQ(refused.json()["error"]["field"], "as");
    EXPECT_EQ(code(change_password("manager2", "reset-by-admin-1", staff_password("manager2"))),
              "password_reused")
        << "the password before the reset is one of the last three";
    ASSERT_EQ(change_password("manager2", "reset-by-admin-1", "after-the-reset-1").exit_code, 0);

    ASSERT_EQ(as("admin", {"policy", "set", "staff_password_expiry_days", "30"}).exit_code, 0);
    EXPECT_EQ(as("teller1", {"user", "show", "gen1"}).exit_code, 0);
    set_now("2026-12-27T10:00:00+09:00");  // 31 days after the change
    auto expired = as("teller1", {"user", "show", "gen1"});
    EXPECT_EQ(code(expired), "password_change_required");
    EXPECT_EQ(expired.json()["error"]["reason"], "expired");
    auto changed = change_password("teller1", staff_password("teller1"), "winter-password-1");
    ASSERT_EQ(changed.exit_code, 0) << changed.out;
    EXPECT_EQ(changed.json()["expires_at"], "2027-01-26T10:00:00+09:00");
}

TEST_F(PasswordCliTest, SignInsAreInTheAuditTrailAndItStaysIntact) {
    (void)change_password("teller1", "typed-wrongly-1", "never-used-pw-1");
    auto verify = cli({"audit", "verify"});
    ASSERT_EQ(verify.exit_code, 0) << verify.out;
    EXPECT_EQ(verify.json()["intact"], true);
}

}  // namespace
