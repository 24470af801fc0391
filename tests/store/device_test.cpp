// The device stock as stored: every field back as written, filters, counts, the conditional
// assignment and the serial's uniqueness.
#include "store_fixture.h"
#include "td/store/errors.h"

namespace td::store::test {
namespace {

class DeviceTest : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped()) return;
        commit([](core::Transaction& tx) {
            tx.branches().insert({"001", "本店", "", ""});
            tx.branches().insert({"002", "駅前支店", "", ""});
        });
    }

    static core::Device device(const std::string& serial, const std::string& branch,
                               core::DeviceState state = core::DeviceState::in_stock) {
        core::Device d;
        d.serial = serial;
        d.branch_code = branch;
        d.state = state;
        d.manufacturer = "Token Works";
        d.mode = core::OtpMode::hotp;
        d.algorithm = core::HashAlgorithm::sha256;
        d.digits = 8;
        d.period = 0;
        d.counter = 42;
        d.sealed_seed = {1, 2, 3, 250};
        d.imported_at = core::from_japan({2026, 11, 26, 9, 30, 0});
        d.source = "株式会社ベンダー 2026-11.pskcxml";
        return d;
    }
};
TD_STORE_TEST_SUITE(DeviceTest);

TEST_P(DeviceTest, EveryFieldComesBackAsWritten) {
    auto d = device("TW0001", "001");
    d.state = core::DeviceState::assigned;
    d.login_id = "yamada01";
    d.token_id = 7;
    commit([&](core::Transaction& tx) { tx.devices().insert(d); });
    const auto back = read([](core::Transaction& tx) { return tx.devices().find("TW0001"); });
    ASSERT_TRUE(back);
    EXPECT_EQ(back->serial, d.serial);
    EXPECT_EQ(back->branch_code, d.branch_code);
    EXPECT_EQ(back->state, d.state);
    EXPECT_EQ(back->manufacturer, d.manufacturer);
    EXPECT_EQ(back->mode, d.mode);
    EXPECT_EQ(back->algorithm, d.algorithm);
    EXPECT_EQ(back->digits, d.digits);
    EXPECT_EQ(back->counter, d.counter);
    EXPECT_EQ(back->sealed_seed, d.sealed_seed);
    EXPECT_EQ(back->imported_at, d.imported_at);
    EXPECT_EQ(back->source, d.source);
    EXPECT_EQ(back->login_id, d.login_id);
    EXPECT_EQ(back->token_id, d.token_id);
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.devices().find("TW9999"); }));
}

TEST_P(DeviceTest, ASerialIsInStockOnce) {
    commit([](core::Transaction& tx) { tx.devices().insert(device("TW0001", "001")); });
    EXPECT_THROW(
        commit([](core::Transaction& tx) { tx.devices().insert(device("TW0001", "002")); }),
        core::UniqueViolation);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.devices().find("TW0001")->branch_code; }),
              "001");
}

TEST_P(DeviceTest, ListsFilterAndCountsGroup) {
    commit([](core::Transaction& tx) {
        tx.devices().insert(device("TW0003", "001"));
        tx.devices().insert(device("TW0001", "001"));
        tx.devices().insert(device("TW0002", "001", core::DeviceState::lost));
        tx.devices().insert(device("TW0004", "002"));
    });
    const auto all = read([](core::Transaction& tx) { return tx.devices().list({}); });
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0].serial, "TW0001");  // by serial
    core::DeviceFilter f;
    f.branch_code = "001";
    f.state = core::DeviceState::in_stock;
    const auto some = read([&](core::Transaction& tx) { return tx.devices().list(f); });
    ASSERT_EQ(some.size(), 2u);
    EXPECT_EQ(some[1].serial, "TW0003");

    const auto counts = read([](core::Transaction& tx) { return tx.devices().counts(); });
    ASSERT_EQ(counts.size(), 3u);
    EXPECT_EQ(counts[0].branch_code, "001");
    EXPECT_EQ(counts[0].state, core::DeviceState::in_stock);
    EXPECT_EQ(counts[0].count, 2);
    EXPECT_EQ(counts[1].state, core::DeviceState::lost);
    EXPECT_EQ(counts[2].branch_code, "002");
}

TEST_P(DeviceTest, AssignmentTakesOnlyADeviceStillInStock) {
    commit([](core::Transaction& tx) { tx.devices().insert(device("TW0001", "001")); });
    bool first = false, second = true;
    commit([&](core::Transaction& tx) { first = tx.devices().assign("TW0001", "yamada01", 3); });
    commit([&](core::Transaction& tx) { second = tx.devices().assign("TW0001", "suzuki02", 4); });
    EXPECT_TRUE(first);
    EXPECT_FALSE(second);
    const auto d = read([](core::Transaction& tx) { return *tx.devices().find("TW0001"); });
    EXPECT_EQ(d.state, core::DeviceState::assigned);
    EXPECT_EQ(d.login_id, "yamada01");
    EXPECT_EQ(d.token_id, 3);
}

TEST_P(DeviceTest, ADeviceIsLiveInOneTokenAtATime) {
    commit([](core::Transaction& tx) {
        tx.contracts().insert({"C-1", "会社", "カイシャ", "", "", "100-0001", "", "", "001"});
        tx.users().insert(
            {"u1", "C-1", "一", core::UserKind::master, "", core::OtpState::active, 0});
        tx.users().insert(
            {"u2", "C-1", "二", core::UserKind::master, "", core::OtpState::active, 0});
    });
    core::Token t;
    t.kind = core::TokenKind::hardware;
    t.login_id = "u1";
    t.serial = "TW0001";
    t.state = core::TokenState::active;
    t.sealed_seed = {1};
    commit([&](core::Transaction& tx) { tx.tokens().insert(t); });
    t.login_id = "u2";
    EXPECT_THROW(commit([&](core::Transaction& tx) { tx.tokens().insert(t); }),
                 core::UniqueViolation);
    t.state = core::TokenState::revoked;  // an ended token of the same device is history
    commit([&](core::Transaction& tx) { tx.tokens().insert(t); });
}

}  // namespace
}  // namespace td::store::test
