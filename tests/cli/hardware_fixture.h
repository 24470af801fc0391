#pragma once
// A branch with one HOTP key fob (RFC 6030 figure 6) in stock, for the CLI tests that hand it
// over, and the codes it shows as oathtool, an implementation apart from ours, computes them.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli_runner.h"

namespace td::test {


inline const std::string kData = TD_TEST_DATA_DIR "/pskc/";
// RFC 6030 figure 6: one HOTP device, 8 digits, the RFC 4226 secret, under this AES key.
inline const std::string kFigure6 = kData + "rfc6030-figure6.pskcxml";
inline const std::string kFigure6Key = "12345678901234567890123456789012";
inline const std::string kSecretHex = "3132333435363738393031323334353637383930";

// What oathtool, an implementation apart from ours, says the device shows.
inline std::string oathtool(const std::string& args) {
    std::array<char, 64> buf{};
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> p(popen(("oathtool " + args).c_str(), "r"), pclose);
    while (p && fgets(buf.data(), int(buf.size()), p.get())) out += buf.data();
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

inline std::string hotp(int counter) {
    return oathtool("-d 8 -c " + std::to_string(counter) + " " + kSecretHex);
}

// oathtool (and openssl) are Debian's commands: a Windows build under Wine has neither.
inline bool peer_tools_run() {
    static const bool runs = hotp(0) == "84755224";  // RFC 4226's first code, 8 digits
    return runs;
}
#define SKIP_WITHOUT_PEER_TOOLS()                                                            \
    if (!peer_tools_run()) GTEST_SKIP() << "oathtool cannot be run here (Debian's oathtool " \
                                           "package)"

class HardwareCliTest : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
        auto imported =
            as("admin", {"stock", "import", kFigure6, "--key", kFigure6Key, "--branch", "001"});
        ASSERT_EQ(imported.exit_code, 0) << imported.out << imported.err;
        EXPECT_EQ(imported.json()["imported"], 1);
        EXPECT_EQ(imported.json()["serials"][0], "987654321");
    }

    std::string error_of(const CliResult& r) {
        EXPECT_NE(r.exit_code, 0) << r.out;
        return r.json()["error"]["code"];
    }

    // Entered by the teller, approved by a manager with `code` from the device.
    CliResult hand_over(const std::string& login, const std::string& code) {
        auto in = as("teller1", {"apply", "hardware-token", login, "--serial", "987654321"});
        EXPECT_EQ(in.exit_code, 0) << in.out << in.err;
        return as("manager1", {"approve", std::to_string(in.json()["application_id"].get<int>()),
                               "--otp", code});
    }
};

}  // namespace td::test
