// One device entered for several users and approved by several managers at once: the database
// binds it once (conditional assignment, one live token per device); the others are told the
// device is no longer in stock, and nothing of theirs is kept.
#include "race_fixture.h"
#include "td/core/stock_service.h"

namespace td::store::test {
namespace {

class DeviceRaceTest : public RaceTest {
  protected:
    void SetUp() override {
        RaceTest::SetUp();
        if (IsSkipped()) return;
        core::DeviceSeed d;
        d.serial = "TW0001";
        d.manufacturer = "Token Works";
        d.period = 30;
        d.seed = core::SecretBytes(std::vector<std::uint8_t>(20, 7));
        core::ImportRequest req{"001", "race.pskcxml", {}};
        req.devices.push_back(std::move(d));
        ASSERT_TRUE(core::StockService(ctx()).import_devices(admin, req));
    }
};
TD_STORE_TEST_SUITE(DeviceRaceTest);

TEST_P(DeviceRaceTest, ADeviceIsBoundToOneUserOnly) {
    core::CustomerService customers(ctx());
    core::ApplicationService apps(ctx());
    std::vector<std::int64_t> ids;
    for (int i = 0; i < kSessions; ++i) {
        const std::string login = "hw" + std::to_string(i);
        ASSERT_TRUE(customers.add_user(teller, {login, "1000001", "端末 太郎", "general", ""}));
        auto in = apps.apply_hardware_token(teller, {login, "TW0001", {}});
        ASSERT_TRUE(in) << in.refusal().code;
        ids.push_back(in.value().application.id);
    }
    const auto device = read([](core::Transaction& tx) { return *tx.devices().find("TW0001"); });
    const auto seed = crypto.vault.unseal(device.sealed_seed);
    const auto step = clock.now().time_since_epoch().count() / 30;
    const std::string code = crypto.otp.hotp(seed.view(), std::uint64_t(step), 6, device.algorithm);

    const auto results = race<core::Outcome<core::ApplicationView>>([&](int i, core::Context c) {
        return core::ApplicationService(c).approve(managers[i], ids[std::size_t(i)], code);
    });
    int winners = 0;
    std::string bound_to;
    for (const auto& r : results) {
        ASSERT_TRUE(r);
        if (*r) {
            ++winners;
            bound_to = r->value().application.login_id;
        } else {
            EXPECT_EQ(r->refusal().code, "device_not_in_stock");
        }
    }
    ASSERT_EQ(winners, 1);
    const auto after = read([](core::Transaction& tx) { return *tx.devices().find("TW0001"); });
    EXPECT_EQ(after.state, core::DeviceState::assigned);
    EXPECT_EQ(after.login_id, bound_to);
    const auto live = read([](core::Transaction& tx) {
        int n = 0;
        for (const auto& t : tx.tokens().all())
            if (t.kind == core::TokenKind::hardware) ++n;
        return n;
    });
    EXPECT_EQ(live, 1);
}

}  // namespace
}  // namespace td::store::test
