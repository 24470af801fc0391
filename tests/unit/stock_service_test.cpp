// The device stock: import all or nothing, by an administrator; counts and lists; transfer
// between branches and retirement.
#include "stock_fixture.h"

namespace td::test {
namespace {

std::string code_of(const auto& outcome) {
    return outcome ? std::string("ok") : outcome.refusal().code;
}

TEST_F(StockTest, ImportedDevicesAreInStockWithTheirSeedsSealed) {
    const Device d = device("TW0001");
    EXPECT_EQ(d.state, DeviceState::in_stock);
    EXPECT_EQ(d.branch_code, "001");
    EXPECT_EQ(d.source, "vendor-2026-11.pskcxml");
    EXPECT_EQ(d.counter, -1);  // TOTP: no step accepted yet
    EXPECT_EQ(device("TW0100").counter, 0);
    const auto clear = seed_for("TW0001").seed;
    EXPECT_NE(d.sealed_seed, std::vector<std::uint8_t>(clear.view().begin(), clear.view().end()));
    EXPECT_EQ(device_seed("TW0001").size(), clear.size());
    const auto events = store.state().audit.at("001");
    EXPECT_EQ(events.back().action, "devices_imported");
    EXPECT_NE(events.back().detail.find("count=2"), std::string::npos);
}

TEST_F(StockTest, OnlyAnAdministratorImports) {
    ImportRequest req{"001", "x.pskcxml", {}};
    req.devices.push_back(seed_for("TW0300"));
    EXPECT_EQ(code_of(stock.import_devices(teller, req)), "role_not_allowed");
    EXPECT_EQ(code_of(stock.import_devices(manager, req)), "role_not_allowed");
    EXPECT_FALSE(store.state().devices.count("TW0300"));
}

TEST_F(StockTest, ASerialAlreadyInStockImportsNothingAndSaysWhich) {
    ImportRequest req{"001", "again.pskcxml", {}};
    req.devices.push_back(seed_for("TW0301"));
    req.devices.push_back(seed_for("TW0200"));  // held by branch 002
    const auto r = stock.import_devices(admin, req);
    ASSERT_EQ(code_of(r), "serial_in_stock");
    const std::vector<std::pair<std::string, std::string>> names_it{{"serial", "TW0200"}};
    EXPECT_EQ(r.refusal().args, names_it);
    EXPECT_FALSE(store.state().devices.count("TW0301"));
    EXPECT_EQ(device("TW0200").branch_code, "002");
}

TEST_F(StockTest, TheSameSerialTwiceInOneFileImportsNothing) {
    ImportRequest req{"001", "dup.pskcxml", {}};
    req.devices.push_back(seed_for("TW0302"));
    req.devices.push_back(seed_for("TW0302"));
    EXPECT_EQ(code_of(stock.import_devices(admin, req)), "duplicate_serial");
    EXPECT_FALSE(store.state().devices.count("TW0302"));
}

TEST_F(StockTest, DeviceParametersOutsideTheStandardsAreRefused) {
    auto attempt = [&](auto change) {
        ImportRequest req{"001", "bad.pskcxml", {}};
        req.devices.push_back(seed_for("TW0303"));
        change(req.devices.back());
        const auto r = stock.import_devices(admin, req);
        return r ? std::string("ok") : r.refusal().code + ":" + r.refusal().field;
    };
    EXPECT_EQ(attempt([](DeviceSeed& d) { d.digits = 9; }), "device_parameters:digits");
    EXPECT_EQ(attempt([](DeviceSeed& d) { d.digits = 5; }), "device_parameters:digits");
    EXPECT_EQ(attempt([](DeviceSeed& d) { d.period = 0; }), "device_parameters:period");
    EXPECT_EQ(attempt([](DeviceSeed& d) { d.seed = SecretBytes(); }), "device_parameters:seed");
    EXPECT_EQ(attempt([](DeviceSeed& d) { d.serial = "TW 03"; }), "id_format:serial");
    EXPECT_EQ(attempt([](DeviceSeed&) {}), "ok");
}

TEST_F(StockTest, ImportIntoAnUnknownBranchOrWithNothingIsRefused) {
    ImportRequest req{"009", "x.pskcxml", {}};
    EXPECT_EQ(code_of(stock.import_devices(admin, req)), "no_devices");
    req.devices.push_back(seed_for("TW0304"));
    EXPECT_EQ(code_of(stock.import_devices(admin, req)), "unknown_branch");
}

TEST_F(StockTest, ListAndCountsByBranchAndStateWithoutSeeds) {
    const auto all = stock.list(teller, {});
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 3u);
    for (const auto& d : all.value()) EXPECT_TRUE(d.sealed_seed.empty());
    DeviceFilter at_001;
    at_001.branch_code = "001";
    EXPECT_EQ(stock.list(teller, at_001).value().size(), 2u);
    DeviceFilter lost;
    lost.state = DeviceState::lost;
    EXPECT_TRUE(stock.list(teller, lost).value().empty());

    const auto counts = stock.counts(teller).value();
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[0].branch_code, "001");
    EXPECT_EQ(counts[0].count, 2);
    EXPECT_EQ(counts[1].branch_code, "002");
    EXPECT_EQ(counts[1].count, 1);
}

TEST_F(StockTest, AnAdministratorMovesADeviceInStockToAnotherBranch) {
    EXPECT_EQ(code_of(stock.transfer(manager, "TW0001", "002")), "role_not_allowed");
    EXPECT_EQ(code_of(stock.transfer(admin, "TW0001", "001")), "same_branch");
    EXPECT_EQ(code_of(stock.transfer(admin, "TW0001", "009")), "unknown_branch");
    EXPECT_EQ(code_of(stock.transfer(admin, "NOPE", "002")), "unknown_serial");
    ASSERT_TRUE(stock.transfer(admin, "TW0001", "002"));
    EXPECT_EQ(device("TW0001").branch_code, "002");
    EXPECT_EQ(store.state().audit.at("001").back().action, "device_transferred_out");
    EXPECT_EQ(store.state().audit.at("002").back().action, "device_transferred_in");
}

TEST_F(StockTest, AHandedOverDeviceCannotBeMovedOrRetired) {
    hand_over("master1", "TW0001");
    EXPECT_EQ(code_of(stock.transfer(admin, "TW0001", "002")), "device_not_in_stock");
    EXPECT_EQ(code_of(stock.retire(admin, "TW0001")), "device_not_retirable");
}

TEST_F(StockTest, RetiredDevicesLeaveTheStockForGood) {
    EXPECT_EQ(code_of(stock.retire(teller, "TW0200")), "role_not_allowed");
    ASSERT_TRUE(stock.retire(admin, "TW0200"));
    EXPECT_EQ(device("TW0200").state, DeviceState::retired);
    EXPECT_EQ(code_of(stock.transfer(admin, "TW0200", "001")), "device_not_in_stock");
    EXPECT_EQ(code_of(stock.retire(admin, "TW0200")), "device_not_retirable");
}

}  // namespace
}  // namespace td::test
