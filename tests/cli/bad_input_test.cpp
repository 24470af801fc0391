// Bad input is refused with the field and the rule named, and changes nothing.
#include <fstream>
#include <sstream>

#include "cli_runner.h"

using namespace td::test;

namespace {

void expect_refused(const CliResult& r, const std::string& code, const std::string& field) {
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto j = r.json();
    EXPECT_EQ(j["error"]["code"], code) << r.out;
    EXPECT_EQ(j["error"]["field"], field) << r.out;
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
}

}  // namespace

TEST_F(CliTest, StartPasswordLengthsAndFullWidthDigits) {
    set_up_branch();
    expect_refused(as("teller1", {"apply", "software-token", "master1", "--start-password", "123"}),
                   "start_password_format", "start_password");
    expect_refused(
        as("teller1", {"apply", "software-token", "master1", "--start-password", "123456789"}),
        "start_password_format", "start_password");
    expect_refused(
        as("teller1", {"apply", "software-token", "master1", "--start-password", "１２３４"}),
        "full_width_digits", "start_password");
    expect_refused(
        as("teller1", {"apply", "software-token", "master1", "--start-password", "12a4"}),
        "start_password_format", "start_password");
    EXPECT_EQ(as("manager1", {"application", "list"}).json()["applications"].size(), 0u);
    EXPECT_EQ(
        as("teller1", {"apply", "software-token", "master1", "--start-password", "1234"}).exit_code,
        0);
    EXPECT_EQ(as("teller1", {"apply", "software-token", "gen1", "--start-password", "12345678"})
                  .exit_code,
              0);
}

TEST_F(CliTest, MessagesAreJapaneseUnderAJapaneseLocale) {
    set_up_branch();
    env["LANG"] = "ja_JP.UTF-8";
    auto r = as("teller1", {"apply", "software-token", "master1", "--start-password", "123"});
    EXPECT_EQ(r.json()["error"]["message"],
              "利用開始パスワードは半角数字4〜8桁で入力してください。");
    auto en = as("teller1",
                 {"--lang", "en", "apply", "software-token", "master1", "--start-password", "123"});
    EXPECT_EQ(en.json()["error"]["message"],
              "The usage-start password must be 4 to 8 half-width digits.");
}

TEST_F(CliTest, MobileEmailMustBeAMobileAddress) {
    set_up_branch();
    expect_refused(as("teller1", {"user", "add", "pc1", "--contract", "1000001", "--name", "x",
                                  "--kind", "general", "--mobile-email", "taro@gmail.com"}),
                   "email_not_mobile", "mobile_email");
    expect_refused(as("teller1", {"user", "add", "pc1", "--contract", "1000001", "--name", "x",
                                  "--kind", "general", "--mobile-email", "taro@@docomo.ne.jp"}),
                   "email_format", "mobile_email");
    expect_refused(as("teller1", {"user", "update", "gen1", "--mobile-email", "gen1@example.com"}),
                   "email_not_mobile", "mobile_email");
    EXPECT_EQ(as("teller1", {"user", "show", "gen1"}).json()["mobile_email"], "gen1@ezweb.ne.jp");
    EXPECT_EQ(as("teller1", {"user", "update", "gen1", "--mobile-email", "gen1..x.@docomo.ne.jp"})
                  .exit_code,
              0);
}

TEST_F(CliTest, UnknownLoginIdsAreNamed) {
    set_up_branch();
    expect_refused(as("teller1", {"apply", "unlock", "nobody"}), "unknown_login_id", "login_id");
    expect_refused(as("teller1", {"user", "show", "nobody"}), "unknown_login_id", "login_id");
    expect_refused(cli({"otp", "verify", "nobody", "123456"}), "unknown_login_id", "login_id");
    expect_refused(cli({"online", "unlock", "gen1", "--by", "nobody", "--otp", "000000"}),
                   "unknown_login_id", "by");
}

TEST_F(CliTest, QuotesAndSqlMetacharactersAreStoredVerbatim) {
    set_up_branch();
    const std::string name = "O'Brien \"Bobby\"; DROP TABLE users; -- 山田";
    ASSERT_EQ(as("teller1", {"user", "add", "sqlx", "--contract", "1000001", "--name", name,
                             "--kind", "general"})
                  .exit_code,
              0);
    EXPECT_EQ(as("teller1", {"user", "show", "sqlx"}).json()["name"], name);
    EXPECT_EQ(as("teller1", {"user", "show", "gen1"}).exit_code, 0);
}

TEST_F(CliTest, TenKilobyteStringsAreRefused) {
    set_up_branch();
    expect_refused(as("teller1", {"user", "add", "big", "--contract", "1000001", "--name",
                                  std::string(10240, 'x'), "--kind", "general"}),
                   "too_long", "name");
    expect_refused(
        as("teller1", {"apply", "misuse-report", "gen1", "--details", std::string(10240, 'x')}),
        "too_long", "details");
    expect_refused(as("teller1", {"user", "show", "big"}), "unknown_login_id", "login_id");
}

TEST_F(CliTest, InvalidUtf8IsRefused) {
    set_up_branch();
    const auto r = as("teller1", {"user", "add", "bad8", "--contract", "1000001", "--name",
                                  "\xff\xfe\xfd", "--kind", "general"});
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto error = r.json()["error"];
    EXPECT_EQ(error["field"], "name") << r.out;
    // Debian passes the bytes through; Windows' UTF-16 command line has already made them
    // U+FFFD, which cannot be printed: refused either way, naming the field.
    EXPECT_TRUE(error["code"] == "invalid_utf8" || error["code"] == "character_not_allowed")
        << r.out;
}

TEST_F(CliTest, ExitCodesForUsageAndFaults) {
    // Some usage errors are found only once the command runs, on a database.
    ASSERT_EQ(cli({"db", "init"}).exit_code, 0);
    EXPECT_EQ(cli({"no-such-command"}).exit_code, 2);
    EXPECT_EQ(cli({"apply", "software-token"}).exit_code, 2);
    EXPECT_EQ(cli({"apply", "software-token", "x", "--start-password", "1234",
                   "--generate-start-password"})
                  .exit_code,
              2);
    EXPECT_EQ(cli({"apply", "software-token", "x", "--bogus"}).json()["error"]["code"], "usage");
    auto fault =
        run_process(TD_CLI_PATH, {"--db", "mysql://nowhere", "--json", "policy", "show"}, env);
    EXPECT_EQ(fault.exit_code, 3);
    EXPECT_EQ(fault.json()["error"]["code"], "fault");
}

TEST_F(CliTest, SignInIsRequiredAndCounted) {
    set_up_branch();
    expect_refused(cli({"user", "show", "gen1"}), "sign_in_required", "as");
    env["TOKENDESK_PASSWORD"] = "wrong-password";
    for (int i = 0; i < 4; ++i)
        expect_refused(cli({"--as", "teller1", "user", "show", "gen1"}), "sign_in_failed", "as");
    expect_refused(cli({"--as", "teller1", "user", "show", "gen1"}), "staff_locked", "as");
    env.erase("TOKENDESK_PASSWORD");
    expect_refused(as("teller1", {"user", "show", "gen1"}), "staff_locked", "as");
}

TEST_F(CliTest, BootstrapOnlyOnAnEmptyDatabase) {
    set_up_branch();
    expect_refused(cli({"branch", "add", "002", "--name", "支店"}), "sign_in_required", "as");
    EXPECT_EQ(as("admin", {"branch", "add", "002", "--name", "駅前支店"}).exit_code, 0);
}

TEST_F(CliTest, NoSecretIsStoredInClear) {
    set_up_branch();
    auto tok = issue_software_token("master1", "73915824");
    auto act = cli({"token", "activate", "--service-id", tok["service_id"], "--token-user-id",
                    tok["token_user_id"], "--start-password", "73915824"});
    const std::string secret = act.json()["secret_base32"];
    std::ifstream db(dir / "td.db", std::ios::binary);
    std::stringstream bytes;
    bytes << db.rdbuf();
    for (const char* name : {"td.db-wal"}) {
        std::ifstream wal(dir / name, std::ios::binary);
        bytes << wal.rdbuf();
    }
    const std::string all = bytes.str();
    EXPECT_EQ(all.find("73915824"), std::string::npos);
    EXPECT_EQ(all.find(secret), std::string::npos);
    EXPECT_EQ(all.find(staff_password("teller1")), std::string::npos);
}
