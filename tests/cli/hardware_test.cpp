// Hardware tokens through tokendesk-cli: the vendor's file into the stock, a device handed over
// with its current code, HOTP look-ahead and resync, and the device back on the shelf.
#include "hardware_fixture.h"

using namespace td::test;

namespace {

TEST_F(HardwareCliTest, TheSameFileAgainImportsNothingAndSaysWhy) {
    auto again =
        as("admin", {"stock", "import", kFigure6, "--key", kFigure6Key, "--branch", "001"});
    EXPECT_EQ(error_of(again), "serial_in_stock");
    EXPECT_NE(again.json()["error"]["message"].get<std::string>().find("987654321"),
              std::string::npos);
    EXPECT_EQ(as("teller1", {"stock", "list"}).json()["devices"].size(), 1u);
}

TEST_F(HardwareCliTest, AWrongKeyAMissingKeyOrADamagedFileImportNothing) {
    EXPECT_EQ(error_of(as("admin", {"stock", "import", kFigure6, "--key",
                                    "00000000000000000000000000000000", "--branch", "001"})),
              "pskc_wrong_key");
    EXPECT_EQ(error_of(as("admin", {"stock", "import", kFigure6, "--branch", "001"})),
              "pskc_key_needed");
    EXPECT_EQ(
        error_of(as("admin", {"stock", "import", kFigure6, "--key", "12ab", "--branch", "001"})),
        "key_hex_format");
    EXPECT_EQ(error_of(as("admin", {"stock", "import", kData + "rfc6030-figure10.pskcxml",
                                    "--passphrase", "qwerty", "--branch", "001"})),
              "duplicate_serial");  // the RFC's own example names serial 9999999 twice
    EXPECT_EQ(
        error_of(as("admin", {"stock", "import", kData + "missing.pskcxml", "--branch", "001"})),
        "file_unreadable");
    EXPECT_EQ(error_of(as("teller1", {"stock", "import", kData + "tokendesk-totp.pskcxml",
                                      "--branch", "001"})),
              "role_not_allowed");
    EXPECT_EQ(as("teller1", {"stock", "list"}).json()["devices"].size(), 1u);
}

TEST_F(HardwareCliTest, APassphraseCanStayOffTheCommandLine) {
    // Figure 7 holds the device figure 6 brought: read with the right passphrase it decrypts,
    // and is refused only as already in stock.
    const std::vector<std::string> args{"stock",        "import", kData + "rfc6030-figure7.pskcxml",
                                        "--passphrase", "-",      "--branch",
                                        "001"};
    env["TOKENDESK_SEED_PASSPHRASE"] = "qwertz";
    EXPECT_EQ(error_of(as("admin", args)), "pskc_wrong_key");
    env["TOKENDESK_SEED_PASSPHRASE"] = "qwerty";
    const auto r = as("admin", args);
    EXPECT_EQ(error_of(r), "serial_in_stock");
    EXPECT_EQ(r.err.find("qwerty"), std::string::npos);
    EXPECT_EQ(r.out.find("qwerty"), std::string::npos);
}

TEST_F(HardwareCliTest, ListsAndCountsFollowTheFilters) {
    ASSERT_EQ(as("admin", {"stock", "import", kData + "tokendesk-totp.pskcxml", "--branch", "001"})
                  .exit_code,
              0);
    const auto all = as("teller1", {"stock", "list", "--branch", "001"}).json();
    ASSERT_EQ(all["devices"].size(), 2u);
    EXPECT_EQ(all["devices"][0]["serial"], "987654321");
    EXPECT_EQ(all["devices"][0]["mode"], "hotp");
    EXPECT_EQ(all["devices"][1]["mode"], "totp");
    EXPECT_EQ(all["devices"][1]["period"], 30);
    EXPECT_FALSE(all.dump().find("sealed") != std::string::npos);
    EXPECT_EQ(all["counts"][0]["count"], 2);
    EXPECT_EQ(as("teller1", {"stock", "list", "--state", "lost"}).json()["devices"].size(), 0u);
    EXPECT_EQ(error_of(as("teller1", {"stock", "list", "--state", "gone"})), "invalid_choice");
}

TEST_F(HardwareCliTest, HandoverNeedsTheDevicesCurrentCode) {
    SKIP_WITHOUT_PEER_TOOLS();
    auto in = as("teller1", {"apply", "hardware-token", "master1", "--serial", "987654321"});
    ASSERT_EQ(in.exit_code, 0) << in.out << in.err;
    EXPECT_EQ(in.json()["serial"], "987654321");
    const std::string id = std::to_string(in.json()["application_id"].get<int>());
    EXPECT_EQ(error_of(as("manager1", {"approve", id})), "device_code_required");
    EXPECT_EQ(error_of(as("manager1", {"approve", id, "--otp", hotp(40)})), "device_code_wrong");
    auto ok = as("manager1", {"approve", id, "--otp", hotp(0)});
    ASSERT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    EXPECT_EQ(ok.json()["token"]["kind"], "hardware");
    EXPECT_EQ(ok.json()["token"]["state"], "active");
    const auto listed = as("teller1", {"stock", "list"}).json()["devices"][0];
    EXPECT_EQ(listed["state"], "assigned");
    EXPECT_EQ(listed["login_id"], "master1");
    EXPECT_EQ(error_of(as("admin", {"stock", "transfer", "987654321", "--to", "001"})),
              "device_not_in_stock");
}

TEST_F(HardwareCliTest, HotpLookAheadAndResyncWithTwoCodes) {
    SKIP_WITHOUT_PEER_TOOLS();
    ASSERT_EQ(hand_over("master1", hotp(0)).exit_code, 0);
    EXPECT_EQ(cli({"otp", "verify", "master1", hotp(3)}).exit_code, 0);   // within 10
    EXPECT_NE(cli({"otp", "verify", "master1", hotp(3)}).exit_code, 0);   // used
    EXPECT_NE(cli({"otp", "verify", "master1", hotp(60)}).exit_code, 0);  // too far ahead
    EXPECT_EQ(error_of(as("teller1", {"token", "resync", "master1", hotp(60), hotp(62)})),
              "resync_codes_not_found");
    auto r = as("teller1", {"token", "resync", "master1", hotp(60), hotp(61)});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(cli({"otp", "verify", "master1", hotp(62)}).exit_code, 0);
    const auto trail = as("admin", {"audit", "verify"});
    EXPECT_EQ(trail.exit_code, 0) << trail.out;
}

TEST_F(HardwareCliTest, AReturnedDeviceGoesBackInStockAndALostOneDoesNot) {
    SKIP_WITHOUT_PEER_TOOLS();
    ASSERT_EQ(hand_over("master1", hotp(0)).exit_code, 0);
    auto rv = as("teller1", {"apply", "revoke", "master1", "--reason", "returned"});
    ASSERT_EQ(rv.exit_code, 0) << rv.out;
    ASSERT_EQ(as("manager1", {"approve", std::to_string(rv.json()["application_id"].get<int>())})
                  .exit_code,
              0);
    EXPECT_EQ(as("teller1", {"stock", "list"}).json()["devices"][0]["state"], "in_stock");

    set_now("2026-11-26T10:31:00+09:00");  // past the 30-minute hold after a revoke
    ASSERT_EQ(hand_over("gen1", hotp(1)).exit_code, 0);
    auto lost = as("teller1", {"apply", "revoke", "gen1", "--reason", "lost"});
    ASSERT_EQ(lost.exit_code, 0) << lost.out;
    ASSERT_EQ(as("manager1", {"approve", std::to_string(lost.json()["application_id"].get<int>())})
                  .exit_code,
              0);
    EXPECT_EQ(as("teller1", {"stock", "list"}).json()["devices"][0]["state"], "lost");
    EXPECT_EQ(as("admin", {"db", "check"}).exit_code, 0);
}

// A TOTP device whose file the test makes with the openssl command: imported, handed over with
// the code oathtool says it shows, then used for a login a few minutes later.
TEST_F(HardwareCliTest, ATotpDeviceMadeWithOpensslShowsOathtoolsCodes) {
    SKIP_WITHOUT_PEER_TOOLS();
    const std::string secret = "8d1e6c2a7f0b3e4d5c6a798b0a1c2d3e4f506172";
    const std::string psk = "00112233445566778899aabbccddeeff";
    const auto file = (dir / "totp.pskcxml").string();
    ASSERT_EQ(std::system(("bash " TD_CLI_DATA_DIR "/make-totp-pskc.sh " + file + " TW-TOTP-01 " +
                           secret + " " + psk + " 6 30")
                              .c_str()),
              0);
    auto imported = as("admin", {"stock", "import", file, "--key", psk, "--branch", "001"});
    ASSERT_EQ(imported.exit_code, 0) << imported.out << imported.err;

    // The test clock: 2026-11-26 10:00 in Japan is 01:00 UTC.
    auto in = as("teller1", {"apply", "hardware-token", "master1", "--serial", "TW-TOTP-01"});
    ASSERT_EQ(in.exit_code, 0) << in.out;
    const std::string id = std::to_string(in.json()["application_id"].get<int>());
    const std::string now_code =
        oathtool("--totp -s 30 -d 6 --now \"2026-11-26 01:00:00 UTC\" " + secret);
    ASSERT_EQ(now_code.size(), 6u);
    auto ok = as("manager1", {"approve", id, "--otp", now_code});
    ASSERT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    EXPECT_EQ(ok.json()["token"]["mode"], "totp");
    EXPECT_EQ(ok.json()["token"]["period"], 30);

    set_now("2026-11-26T10:05:00+09:00");
    const std::string later =
        oathtool("--totp -s 30 -d 6 --now \"2026-11-26 01:05:00 UTC\" " + secret);
    EXPECT_EQ(cli({"otp", "verify", "master1", now_code}).exit_code, 1);  // long past
    auto login = cli({"otp", "verify", "master1", later});
    EXPECT_EQ(login.exit_code, 0) << login.out;
    EXPECT_EQ(cli({"otp", "verify", "master1", later}).exit_code, 1);  // once only
}

}  // namespace
