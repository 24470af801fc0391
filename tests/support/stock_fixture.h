#pragma once
// A branch with hardware tokens in stock: a TOTP device and a HOTP device at branch 001, one
// TOTP device at branch 002.
#include "desk_fixture.h"
#include "td/core/stock_service.h"

namespace td::test {

class StockTest : public DeskTest {
  protected:
    StockService stock{ctx};

    static DeviceSeed seed_for(const std::string& serial, OtpMode mode = OtpMode::totp) {
        DeviceSeed d;
        d.serial = serial;
        d.manufacturer = "Token Works";
        d.mode = mode;
        d.digits = 6;
        d.period = 30;
        d.counter = 0;
        std::vector<std::uint8_t> bytes(20);
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = std::uint8_t(serial.back() + i);
        d.seed = SecretBytes(bytes);
        return d;
    }

    void SetUp() override {
        DeskTest::SetUp();
        ImportRequest at_001{"001", "vendor-2026-11.pskcxml", {}};
        at_001.devices.push_back(seed_for("TW0001"));
        at_001.devices.push_back(seed_for("TW0100", OtpMode::hotp));
        ASSERT_TRUE(stock.import_devices(admin, at_001));
        ImportRequest at_002{"002", "vendor-2026-11.pskcxml", {}};
        at_002.devices.push_back(seed_for("TW0200"));
        ASSERT_TRUE(stock.import_devices(admin, at_002));
    }

    Device device(const std::string& serial) { return store.state().devices.at(serial); }
    SecretBytes device_seed(const std::string& serial) {
        return crypto.vault.unseal(device(serial).sealed_seed);
    }

    // The code a TOTP device shows at `at`, or a HOTP device at `counter`.
    std::string totp_code(const std::string& serial, TimePoint at) {
        const auto step = at.time_since_epoch().count() / 30;
        return crypto.otp.hotp(device_seed(serial).view(), std::uint64_t(step), 6,
                               HashAlgorithm::sha1);
    }
    std::string hotp_code(const std::string& serial, std::int64_t counter) {
        return crypto.otp.hotp(device_seed(serial).view(), std::uint64_t(counter), 6,
                               HashAlgorithm::sha1);
    }

    // Intake by the teller and approval with the device's current code by the manager.
    Token hand_over(const std::string& login, const std::string& serial) {
        auto in = applications.apply_hardware_token(teller, {login, serial, {}});
        EXPECT_TRUE(in) << (in ? "" : in.refusal().code);
        const std::string code = device(serial).mode == OtpMode::totp
                                     ? totp_code(serial, clock.now())
                                     : hotp_code(serial, device(serial).counter);
        auto ok = applications.approve(manager, in.value().application.id, code);
        EXPECT_TRUE(ok) << (ok ? "" : ok.refusal().code);
        return *ok.value().token;
    }
};

}  // namespace td::test
