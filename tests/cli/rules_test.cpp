// Rules enforced whatever the client: re-issue after revoke (rule 11), one phone per login ID,
// ten tokens per app, initial setup limit, OTP single use and window (through oathtool).
#include <cstdio>

#include "cli_runner.h"

using namespace td::test;

namespace {

// The code a standard authenticator shows at `unix_time` for a base32 seed.
std::string oathtool_code(const std::string& secret, long long unix_time) {
    auto r = run_process(
        "/usr/bin/oathtool",
        {"--totp", "-s", "60s", "-d", "6", "-N", "@" + std::to_string(unix_time), "-b", secret},
        {});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out.substr(0, r.out.find('\n'));
}

constexpr long long kNow =
    1795654800;  // 2026-11-26T10:00:00+09:00, the fixture's TOKENDESK_TEST_NOW

struct ReissueCase {
    const char* revoked_at;
    const char* earliest;
    const char* just_before;
};

class ReissueAfterRevoke : public CliTest, public ::testing::WithParamInterface<ReissueCase> {};

}  // namespace

TEST_P(ReissueAfterRevoke, EarliestTimeFollowsRule11) {
    const auto c = GetParam();
    set_now("2026-11-26T09:00:00+09:00");
    set_up_branch();
    issue_software_token("master1");
    set_now(c.revoked_at);
    auto rv = as("teller1", {"apply", "revoke", "master1", "--reason", "lost", "--seal-checked",
                             "--identity-checked"});
    ASSERT_EQ(rv.exit_code, 0) << rv.out;
    ASSERT_EQ(as("manager1", {"approve", std::to_string(rv.json()["application_id"].get<int>())})
                  .exit_code,
              0);
    auto user = as("teller1", {"user", "show", "master1"}).json();
    EXPECT_EQ(user["earliest_issue_at"], c.earliest);
    EXPECT_EQ(user["tokens"][0]["state"], "revoked");

    set_now(c.just_before);
    auto early = as("teller1", {"apply", "software-token", "master1", "--start-password", "1234"});
    EXPECT_EQ(early.exit_code, 1);
    EXPECT_EQ(early.json()["error"]["code"], "reissue_not_yet");
    EXPECT_NE(early.json()["error"]["message"].get<std::string>().find(c.earliest),
              std::string::npos);

    set_now(c.earliest);
    auto ok = as("teller1", {"apply", "software-token", "master1", "--start-password", "1234"});
    EXPECT_EQ(ok.exit_code, 0) << ok.out;
    EXPECT_FALSE(as("teller1", {"user", "show", "master1"}).json().contains("earliest_issue_at"));
}

INSTANTIATE_TEST_SUITE_P(
    Domain, ReissueAfterRevoke,
    ::testing::Values(ReissueCase{"2026-11-26T20:49:59+09:00", "2026-11-26T21:19:59+09:00",
                                  "2026-11-26T21:19:58+09:00"},
                      ReissueCase{"2026-11-26T20:50:00+09:00", "2026-11-27T08:10:00+09:00",
                                  "2026-11-27T08:09:59+09:00"},
                      ReissueCase{"2026-11-27T07:00:00+09:00", "2026-11-27T08:10:00+09:00",
                                  "2026-11-27T08:09:59+09:00"},
                      ReissueCase{"2026-11-27T08:09:59+09:00", "2026-11-27T08:39:59+09:00",
                                  "2026-11-27T08:39:58+09:00"},
                      ReissueCase{"2026-11-27T08:10:00+09:00", "2026-11-27T08:40:00+09:00",
                                  "2026-11-27T08:39:59+09:00"}),
    [](const ::testing::TestParamInfo<ReissueCase>& param_info) {
        // "RevokedAt_20_49_59" from "2026-11-26T20:49:59+09:00"
        std::string hms = std::string(param_info.param.revoked_at).substr(11, 8);
        for (auto& ch : hms)
            if (ch == ':') ch = '_';
        return "RevokedAt_" + hms;
    });

TEST_F(CliTest, ReissueRuleHoldsWhateverThePcTimeZone) {
    env["TZ"] = "America/New_York";
    set_now("2026-11-26T09:00:00+09:00");
    set_up_branch();
    issue_software_token("master1");
    set_now("2026-11-26T11:50:00Z");  // 20:50 in Japan
    auto rv = as("teller1", {"apply", "revoke", "master1", "--reason", "stolen"});
    ASSERT_EQ(as("manager1", {"approve", std::to_string(rv.json()["application_id"].get<int>())})
                  .exit_code,
              0);
    EXPECT_EQ(as("teller1", {"user", "show", "master1"}).json()["earliest_issue_at"],
              "2026-11-27T08:10:00+09:00");
}

TEST_F(CliTest, OnePhonePerLoginId) {
    set_up_branch();
    issue_software_token("master1");
    auto second = as("teller1", {"apply", "software-token", "master1", "--start-password", "1234"});
    EXPECT_EQ(second.exit_code, 1);
    EXPECT_EQ(second.json()["error"]["code"], "software_token_exists");
}

TEST_F(CliTest, TheEleventhTokenInOneAppIsRefused) {
    set_up_branch();
    for (int i = 1; i <= 11; ++i)
        ASSERT_EQ(as("teller1",
                     {"user", "add", "u" + std::to_string(i), "--contract", "1000001", "--name",
                      "利用者", "--kind", "general", "--mobile-email", "shared@docomo.ne.jp"})
                      .exit_code,
                  0);
    for (int i = 1; i <= 10; ++i) issue_software_token("u" + std::to_string(i));
    auto eleventh = as("teller1", {"apply", "software-token", "u11", "--start-password", "1234"});
    EXPECT_EQ(eleventh.exit_code, 1);
    EXPECT_EQ(eleventh.json()["error"]["code"], "app_token_limit");
}

TEST_F(CliTest, InitialSetupAttemptsAreLimited) {
    set_up_branch();
    auto tok = issue_software_token("master1", "2580");
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(cli({"token", "activate", "--service-id", tok["service_id"], "--token-user-id",
                       tok["token_user_id"], "--start-password", "1111"})
                      .json()["error"]["code"],
                  "wrong_start_password");
    EXPECT_EQ(cli({"token", "activate", "--service-id", tok["service_id"], "--token-user-id",
                   tok["token_user_id"], "--start-password", "1111"})
                  .json()["error"]["code"],
              "token_void");
    EXPECT_EQ(as("teller1", {"user", "show", "master1"}).json()["tokens"][0]["state"], "void");
}

class OtpInterop : public CliTest {
  protected:
    std::string secret;
    void SetUp() override {
        CliTest::SetUp();
        // oathtool is Debian's command: a Windows build under Wine cannot run it.
        const auto probe = run_process("/usr/bin/oathtool",
                                       {"--totp", "-s", "30s", "-d", "8", "-N", "@59", "-b",
                                        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"},
                                       {});
        if (probe.out.rfind("94287082", 0) != 0)  // RFC 6238's first SHA-1 vector
            GTEST_SKIP() << "oathtool cannot be run here (Debian's oathtool package)";
        set_up_branch();
        auto tok = issue_software_token("master1", "2580");
        auto act = cli({"token", "activate", "--service-id", tok["service_id"], "--token-user-id",
                        tok["token_user_id"], "--start-password", "2580"});
        ASSERT_EQ(act.exit_code, 0) << act.out;
        secret = act.json()["secret_base32"];
    }
};

TEST_F(OtpInterop, OathtoolCodeIsAcceptedOnce) {
    const std::string code = oathtool_code(secret, kNow);
    auto first = cli({"otp", "verify", "master1", code});
    ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
    EXPECT_EQ(first.json()["accepted"], true);
    EXPECT_EQ(first.json()["otp_state"], "active");
    EXPECT_EQ(first.json()["fail_count"], 0);
    auto second = cli({"otp", "verify", "master1", code});
    EXPECT_EQ(second.exit_code, 1);
    EXPECT_EQ(second.json()["accepted"], false);
    EXPECT_EQ(second.json()["fail_count"], 1);
}

TEST_F(OtpInterop, CodeOneStepOldIsAccepted) {
    EXPECT_EQ(cli({"otp", "verify", "master1", oathtool_code(secret, kNow - 60)}).exit_code, 0);
}

TEST_F(OtpInterop, CodeTwoStepsOldIsRefused) {
    auto r = cli({"otp", "verify", "master1", oathtool_code(secret, kNow - 120)});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.json()["accepted"], false);
}

TEST_F(OtpInterop, FiveWrongCodesLockTheUser) {
    for (int i = 1; i <= 5; ++i) {
        auto r = cli({"otp", "verify", "master1", "000000"}).json();
        EXPECT_EQ(r["fail_count"], i);
    }
    auto locked = cli({"otp", "verify", "master1", oathtool_code(secret, kNow)});
    EXPECT_EQ(locked.exit_code, 1);
    EXPECT_EQ(locked.json()["otp_state"], "locked");
}

TEST_F(OtpInterop, MasterUnlocksAGeneralUserOnlineWithOwnOtp) {
    auto tok = issue_software_token("gen1", "2580");
    cli({"token", "activate", "--service-id", tok["service_id"], "--token-user-id",
         tok["token_user_id"], "--start-password", "2580"});
    for (int i = 0; i < 5; ++i) cli({"otp", "verify", "gen1", "000000"});
    auto wrong = cli({"online", "unlock", "gen1", "--by", "master1", "--otp", "000000"});
    EXPECT_EQ(wrong.exit_code, 1);
    EXPECT_EQ(wrong.json()["error"]["code"], "otp_rejected");
    EXPECT_EQ(as("teller1", {"user", "show", "gen1"}).json()["otp_state"], "locked");
    auto r =
        cli({"online", "unlock", "gen1", "--by", "master1", "--otp", oathtool_code(secret, kNow)});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(r.json()["otp_state"], "active");
}

TEST_F(OtpInterop, MasterRevokesOnlineWithOwnOtp) {
    auto r = cli(
        {"online", "revoke", "master1", "--by", "master1", "--otp", oathtool_code(secret, kNow)});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(r.json()["token"]["state"], "revoked");
    EXPECT_EQ(as("teller1", {"user", "show", "master1"}).json()["earliest_issue_at"],
              "2026-11-26T10:30:00+09:00");
}
