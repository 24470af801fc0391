// Dual control of administration (AdminService): one administrator enters, another approves.
#include "stock_fixture.h"
#include "td/core/admin_service.h"
#include "td/core/names.h"

using namespace td::test;

namespace {

class DualControlTest : public StockTest {
  protected:
    AdminService admins{ctx};
    Actor admin2;

    void SetUp() override {
        StockTest::SetUp();
        // The second administrator is added while there is one: in effect at once.
        auto added = staff.add_staff(admin, {"admin2", "管理 次郎", "001", "admin", "first-pass-0001"});
        ASSERT_TRUE(added);
        ASSERT_EQ(added.value().state, AdminChangeState::approved);
        ASSERT_TRUE(staff.change_password("admin2", "first-pass-0001", kStaffPassword));
        admin2 = staff.sign_in("admin2", kStaffPassword).value();
    }

    std::vector<AuditEvent> system_events() { return store.state().audit["system"]; }
    bool audited(const std::string& chain, const std::string& action) {
        for (const auto& e : store.state().audit[chain])
            if (e.action == action) return true;
        return false;
    }
};

TEST_F(DeskTest, WithOneAdministratorAChangeTakesEffectAtOnceAndSaysSo) {
    EXPECT_FALSE(AdminService(ctx).status().dual_control);
    auto r = policy.set(admin, "lock_threshold", "7");
    ASSERT_TRUE(r) << r.refusal().code;
    EXPECT_EQ(r.value().state, AdminChangeState::approved);
    EXPECT_TRUE(r.value().checker_id.empty());
    EXPECT_EQ(policy.current().lock_threshold, 7);
    const auto& trail = store.state().audit["system"];
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.back().action, "policy_set");
    EXPECT_NE(trail.back().detail.find("single_admin"), std::string::npos);
}

TEST_F(DualControlTest, APolicyChangeWaitsForASecondAdministrator) {
    EXPECT_TRUE(admins.status().dual_control);
    EXPECT_EQ(admins.status().active_admins, 2);
    auto entered = policy.set(admin, "lock_threshold", "7");
    ASSERT_TRUE(entered);
    EXPECT_EQ(entered.value().state, AdminChangeState::pending);
    EXPECT_EQ(entered.value().maker_id, "admin");
    EXPECT_EQ(policy.current().lock_threshold, Policy::defaults().lock_threshold);
    EXPECT_EQ(system_events().back().action, "admin_change_entered");

    auto pending = admins.pending(admin2);
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending.value().size(), 1u);
    EXPECT_EQ(pending.value()[0].target, "policy:lock_threshold");
    EXPECT_TRUE(pending.value()[0].payload.empty()) << "screens never get the payload";

    EXPECT_EQ(admins.approve(admin, entered.value().id).refusal().code, "maker_is_checker_admin");
    auto approved = admins.approve(admin2, entered.value().id);
    ASSERT_TRUE(approved) << approved.refusal().code;
    EXPECT_EQ(approved.value().checker_id, "admin2");
    EXPECT_EQ(policy.current().lock_threshold, 7);
    EXPECT_TRUE(admins.pending(admin).value().empty());
    EXPECT_EQ(admins.approve(admin2, entered.value().id).refusal().code, "admin_change_decided");
    const auto trail = system_events();
    EXPECT_EQ(trail[trail.size() - 2].action, "admin_change_approved");
    EXPECT_EQ(trail.back().action, "policy_set");
    EXPECT_NE(trail.back().detail.find("approved_by=admin2"), std::string::npos);
}

TEST_F(DualControlTest, OnlyAdministratorsSeeAndDecideChanges) {
    auto entered = policy.set(admin, "lock_threshold", "7").value();
    EXPECT_EQ(admins.pending(manager).refusal().code, "role_not_allowed");
    EXPECT_EQ(admins.approve(manager, entered.id).refusal().code, "role_not_allowed");
    EXPECT_EQ(admins.reject(teller, entered.id, "no").refusal().code, "role_not_allowed");
    // An Actor that still says admin after the role was taken away gets nothing either.
    Actor stale = manager;
    stale.role = Role::admin;
    EXPECT_EQ(admins.approve(stale, entered.id).refusal().code, "role_not_allowed");
    EXPECT_EQ(admins.approve(admin2, 999).refusal().code, "unknown_admin_change");
}

TEST_F(DualControlTest, ARejectedChangeChangesNothingAndNeedsAReason) {
    auto entered = staff.add_staff(admin, {"t2", "窓口 花子", "001", "teller", "password-0001"});
    ASSERT_TRUE(entered);
    EXPECT_EQ(entered.value().state, AdminChangeState::pending);
    EXPECT_FALSE(store.state().staff.count("t2"));
    EXPECT_EQ(admins.reject(admin2, entered.value().id, "").refusal().code, "required");
    auto rejected = admins.reject(admin2, entered.value().id, "人事発令前");
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected.value().state, AdminChangeState::rejected);
    EXPECT_EQ(rejected.value().decision_reason, "人事発令前");
    EXPECT_FALSE(store.state().staff.count("t2"));
    EXPECT_EQ(system_events().back().action, "admin_change_rejected");
}

TEST_F(DualControlTest, TheMakerMayWithdrawTheirOwnChange) {
    auto entered = policy.set(admin, "lock_threshold", "7").value();
    EXPECT_TRUE(admins.reject(admin, entered.id, "入力誤り"));
    EXPECT_EQ(policy.current().lock_threshold, Policy::defaults().lock_threshold);
}

TEST_F(DualControlTest, OneTargetHasAtMostOnePendingChange) {
    auto first = policy.set(admin, "lock_threshold", "7");
    ASSERT_TRUE(first);
    auto second = policy.set(admin2, "lock_threshold", "8");
    ASSERT_FALSE(second);
    EXPECT_EQ(second.refusal().code, "admin_change_pending");
    EXPECT_EQ(second.refusal().arg("change"), std::to_string(first.value().id));
    EXPECT_EQ(second.refusal().arg("by"), "admin");
    EXPECT_TRUE(policy.set(admin2, "drift_steps", "2")) << "another key is another target";
}

TEST_F(DualControlTest, ApprovalChecksTheRulesAgainAgainstTheDatabaseAsItIsThen) {
    // Two pending additions of one ID: the second approval finds the ID taken.
    auto a = staff.add_staff(admin, {"t2", "窓口 花子", "001", "teller", "password-0001"}).value();
    auto b = staff.add_staff(admin2, {"T2", "窓口 別人", "001", "teller", "password-0001"}).value();
    ASSERT_TRUE(admins.approve(admin2, a.id));
    auto late = admins.approve(admin, b.id);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.refusal().code, "already_exists");
    EXPECT_EQ(admins.show(admin, b.id).value().state, AdminChangeState::pending)
        << "a refused approval changes nothing; the change can still be rejected";
}

TEST_F(DualControlTest, StaffChangesTakeEffectOnApproval) {
    auto role = staff.change_role(admin, "teller", "manager").value();
    EXPECT_EQ(store.state().staff.at("teller").role, Role::teller);
    ASSERT_TRUE(admins.approve(admin2, role.id));
    EXPECT_EQ(store.state().staff.at("teller").role, Role::manager);
    EXPECT_TRUE(audited("001", "staff_role_changed"));

    auto off = staff.disable(admin2, "manager2").value();
    ASSERT_TRUE(admins.approve(admin, off.id));
    EXPECT_EQ(staff.sign_in("manager2", "password-0001").refusal().code, "staff_disabled");
    EXPECT_EQ(staff.sign_in("manager2", "wrong-pass").refusal().code, "sign_in_failed")
        << "a wrong password does not tell that the ID is disabled";
    auto on = staff.enable(admin, "manager2").value();
    ASSERT_TRUE(admins.approve(admin2, on.id));
    EXPECT_TRUE(staff.sign_in("manager2", "password-0001"));

    for (int i = 0; i < kStaffLockThreshold; ++i) (void)staff.sign_in("teller", "wrong-pass");
    auto reset = staff.reset_password(admin, "teller", "new-password-1").value();
    EXPECT_EQ(staff.sign_in("teller", "new-password-1").refusal().code, "staff_locked");
    ASSERT_TRUE(admins.approve(admin2, reset.id));
    EXPECT_EQ(staff.sign_in("teller", "new-password-1").refusal().code, "password_change_required");
    EXPECT_TRUE(staff.change_password("teller", "new-password-1", "own-password-1"));
    EXPECT_TRUE(staff.sign_in("teller", "own-password-1"));
    EXPECT_EQ(reset.payload.find("new-password-1"), std::string::npos);
    EXPECT_EQ(store.state().admin_changes.at(reset.id).payload.find("new-password-1"),
              std::string::npos)
        << "the pending change keeps the hash, never the password";
}

TEST_F(DualControlTest, NoOneDisablesOrDemotesThemselvesOrTheLastAdministrator) {
    EXPECT_EQ(staff.disable(admin, "admin").refusal().code, "own_account");
    EXPECT_EQ(staff.change_role(admin, "admin", "manager").refusal().code, "own_account");
    auto off = staff.disable(admin, "admin2").value();
    ASSERT_TRUE(admins.approve(admin2, off.id));
    EXPECT_FALSE(admins.status().dual_control);
    // admin2 is disabled: their signed-in session can no longer decide anything.
    EXPECT_EQ(policy.set(admin2, "lock_threshold", "7").refusal().code, "staff_disabled");
    auto back = staff.enable(admin, "admin2");
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value().state, AdminChangeState::approved) << "one admin: at once";
    EXPECT_EQ(staff.change_role(admin, "teller", "teller").refusal().code, "no_change");
}

TEST_F(DualControlTest, TheLastActiveAdministratorCannotBeDisabled) {
    auto off = staff.disable(admin, "admin2").value();
    ASSERT_TRUE(admins.approve(admin2, off.id));
    // A third administrator enters the first one's disabling; then the first demotes the third,
    // so that approving the disabling would leave no administrator at all.
    const Actor admin3 =
        add_signed_in_staff(staff, admin, {"admin3", "管理 三郎", "001", "admin", kStaffPassword})
            .value();
    auto off1 = staff.disable(admin3, "admin").value();
    EXPECT_EQ(off1.state, AdminChangeState::pending);
    auto off3 = staff.change_role(admin, "admin3", "manager").value();
    ASSERT_TRUE(admins.approve(admin3, off3.id));
    // admin3 is a manager now; admin is the only active administrator left.
    EXPECT_EQ(admins.status().active_admins, 1);
    auto last = admins.approve(admin, off1.id);
    ASSERT_FALSE(last);
    EXPECT_EQ(last.refusal().code, "last_admin");
}

TEST_F(DualControlTest, AMakerAloneAfterTheOthersLeftMayApproveTheirOwnChange) {
    auto entered = policy.set(admin, "lock_threshold", "7").value();
    auto off = staff.disable(admin, "admin2").value();
    ASSERT_TRUE(admins.approve(admin2, off.id));
    ASSERT_TRUE(admins.approve(admin, entered.id));
    EXPECT_EQ(policy.current().lock_threshold, 7);
}

TEST_F(DualControlTest, AnImportWaitsAsPendingDevicesThatNoOneCanHandOver) {
    ImportRequest req{"001", "vendor-2026-12.pskcxml", {}};
    req.devices.push_back(seed_for("TW0300"));
    req.devices.push_back(seed_for("TW0301"));
    auto r = stock.import_devices(admin, req);
    ASSERT_TRUE(r) << r.refusal().code;
    EXPECT_EQ(r.value().change.state, AdminChangeState::pending);
    EXPECT_EQ(device("TW0300").state, DeviceState::pending);
    EXPECT_EQ(device("TW0300").import_change, r.value().change.id);
    auto handed = applications.apply_hardware_token(teller, {"master1", "TW0300", {}});
    EXPECT_FALSE(handed) << "a pending device is in no usable stock";
    EXPECT_EQ(stock.transfer(admin, "TW0300", "002").refusal().code, "device_not_in_stock");
    // A second file with one of the same serials is refused at once.
    ImportRequest again{"002", "again.pskcxml", {}};
    again.devices.push_back(seed_for("TW0301"));
    EXPECT_EQ(stock.import_devices(admin2, again).refusal().code, "serial_in_stock");

    ASSERT_TRUE(admins.approve(admin2, r.value().change.id));
    EXPECT_EQ(device("TW0300").state, DeviceState::in_stock);
    EXPECT_EQ(device("TW0300").import_change, 0);
    EXPECT_TRUE(audited("001", "devices_imported"));
}

TEST_F(DualControlTest, ARejectedImportLeavesNoDevice) {
    ImportRequest req{"001", "wrong-file.pskcxml", {}};
    req.devices.push_back(seed_for("TW0400"));
    auto r = stock.import_devices(admin, req).value();
    ASSERT_TRUE(admins.reject(admin2, r.change.id, "別支店分のファイル"));
    EXPECT_FALSE(store.state().devices.count("TW0400"));
    // The same file can then be imported again.
    EXPECT_TRUE(stock.import_devices(admin, req));
}

TEST_F(DualControlTest, MovesOfStockWaitForApproval) {
    auto move = stock.transfer(admin, "TW0001", "002").value();
    EXPECT_EQ(device("TW0001").branch_code, "001");
    ASSERT_TRUE(admins.approve(admin2, move.id));
    EXPECT_EQ(device("TW0001").branch_code, "002");
    EXPECT_TRUE(audited("001", "device_transferred_out"));
    EXPECT_TRUE(audited("002", "device_transferred_in"));

    auto retire = stock.retire(admin2, "TW0200").value();
    EXPECT_EQ(device("TW0200").state, DeviceState::in_stock);
    ASSERT_TRUE(admins.approve(admin, retire.id));
    EXPECT_EQ(device("TW0200").state, DeviceState::retired);
}

TEST_F(DualControlTest, TheAuditChainsStayIntactThroughEntryAndApproval) {
    auto entered = policy.set(admin, "lock_threshold", "7").value();
    ASSERT_TRUE(admins.approve(admin2, entered.id));
    auto report = audit.verify(std::nullopt);
    ASSERT_TRUE(report) << report.refusal().code;
    EXPECT_TRUE(report.value().intact);
}

TEST_F(DualControlTest, HistoryListsEveryStateNewestFirst) {
    auto a = policy.set(admin, "lock_threshold", "7").value();
    auto b = policy.set(admin, "drift_steps", "2").value();
    ASSERT_TRUE(admins.approve(admin2, a.id));
    ASSERT_TRUE(admins.reject(admin2, b.id, "不要"));
    auto h = admins.history(admin, 2).value();
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].id, b.id);
    EXPECT_EQ(h[0].state, AdminChangeState::rejected);
    EXPECT_EQ(h[1].state, AdminChangeState::approved);
}

}  // namespace
