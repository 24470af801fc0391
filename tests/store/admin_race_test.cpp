// Two administrators acting at once, each session through its own connection: the database
// keeps one pending change per target and one decision per change, whatever each step read.
#include "race_fixture.h"
#include "td/core/admin_service.h"

namespace td::store::test {
namespace {

class AdminRaceTest : public RaceTest {
  protected:
    core::Actor admin2;

    void SetUp() override {
        RaceTest::SetUp();
        if (IsSkipped()) return;
        core::StaffService staff(ctx());
        admin2 = td::test::add_signed_in_staff(staff, admin,
                                           {"admin2", "管理 二", "001", "admin", "password-0002"})
                     .value();
        ASSERT_TRUE(core::AdminService(ctx()).status().dual_control);
    }
};
TD_STORE_TEST_SUITE(AdminRaceTest);

TEST_P(AdminRaceTest, OneTargetGetsOnePendingChangeWhenBothAdministratorsEnterAtOnce) {
    const auto results = race<core::Outcome<core::AdminChange>>([&](int i, core::Context c) {
        return core::PolicyService(c).set(i % 2 ? admin2 : admin, "lock_threshold",
                                          std::to_string(10 + i));
    });
    EXPECT_EQ(successes(results, "admin_change_pending"), 1);
    EXPECT_EQ(read([](core::Transaction& tx) {
                  return tx.admin_changes().list(core::AdminChangeState::pending, 100).size();
              }),
              1u);
}

TEST_P(AdminRaceTest, AChangeIsDecidedExactlyOnce) {
    auto entered = core::PolicyService(ctx()).set(admin, "lock_threshold", "7");
    ASSERT_TRUE(entered);
    const auto id = entered.value().id;
    const auto results = race<core::Outcome<core::AdminChange>>([&](int i, core::Context c) {
        core::AdminService admins(c);
        return i % 2 == 0 ? admins.approve(admin2, id) : admins.reject(admin2, id, "不要");
    });
    EXPECT_EQ(successes(results, "admin_change_decided"), 1);
    const auto stored = read([&](core::Transaction& tx) { return *tx.admin_changes().find(id); });
    // A fresh connection: this one's policy cache may still hold the value read before.
    const auto fresh = open_store(url());
    const auto policy = core::PolicyService({*fresh, clock, crypto.ports()}).current();
    EXPECT_EQ(policy.lock_threshold, stored.state == core::AdminChangeState::approved ? 7 : 20);
}

}  // namespace
}  // namespace td::store::test
