// Hardware tokens: handed over with proof of possession, one kind per login ID unless the
// policy allows both, HOTP look-ahead and resynchronisation, and where the device goes when
// its token ends.
#include "stock_fixture.h"
#include "td/core/integrity_service.h"

namespace td::test {
namespace {

std::string code_of(const auto& outcome) {
    return outcome ? std::string("ok") : outcome.refusal().code;
}

TEST_F(StockTest, TheDevicesCurrentCodeBindsItToTheUser) {
    auto in = applications.apply_hardware_token(teller, {"master1", "TW0001", {}});
    ASSERT_TRUE(in);
    EXPECT_EQ(device("TW0001").state, DeviceState::in_stock);  // rule 1: not before approval
    const auto ok =
        applications.approve(manager, in.value().application.id, totp_code("TW0001", clock.now()));
    ASSERT_TRUE(ok);
    const Token t = *ok.value().token;
    EXPECT_EQ(t.kind, TokenKind::hardware);
    EXPECT_EQ(t.state, TokenState::active);
    EXPECT_EQ(t.serial, "TW0001");
    EXPECT_EQ(t.period, 30);
    EXPECT_EQ(t.sealed_seed, device("TW0001").sealed_seed);
    const Device d = device("TW0001");
    EXPECT_EQ(d.state, DeviceState::assigned);
    EXPECT_EQ(d.login_id, "master1");
    EXPECT_EQ(d.token_id, t.id);
}

TEST_F(StockTest, WithoutTheCodeOrWithAnotherDevicesCodeNothingIsBound) {
    auto in = applications.apply_hardware_token(teller, {"master1", "TW0001", {}});
    ASSERT_TRUE(in);
    const auto id = in.value().application.id;
    EXPECT_EQ(code_of(applications.approve(manager, id)), "device_code_required");
    // The device on the counter is not the one the form names: its code does not match.
    ImportRequest more{"001", "more.pskcxml", {}};
    more.devices.push_back(seed_for("TW0009"));
    ASSERT_TRUE(stock.import_devices(admin, more));
    EXPECT_EQ(code_of(applications.approve(manager, id, totp_code("TW0009", clock.now()))),
              "device_code_wrong");
    EXPECT_EQ(code_of(applications.approve(manager, id, "12345")), "digits_length");
    EXPECT_EQ(device("TW0001").state, DeviceState::in_stock);
    EXPECT_EQ(store.state().applications.at(id).state, ApplicationState::entered);
    EXPECT_TRUE(store.state().tokens.empty());
    EXPECT_TRUE(applications.approve(manager, id, totp_code("TW0001", clock.now())));
}

TEST_F(StockTest, ACodeIsTakenOnlyForAHardwareToken) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(in);
    EXPECT_EQ(code_of(applications.approve(manager, in.value().application.id, "123456")),
              "device_code_not_expected");
}

TEST_F(StockTest, TheDeviceMustBeInTheHomeBranchsStock) {
    EXPECT_EQ(code_of(applications.apply_hardware_token(teller, {"master1", "TW0200", {}})),
              "device_other_branch");
    EXPECT_EQ(code_of(applications.apply_hardware_token(teller, {"master1", "NOPE01", {}})),
              "unknown_serial");
    hand_over("master1", "TW0001");
    EXPECT_EQ(code_of(applications.apply_hardware_token(teller, {"gen1", "TW0001", {}})),
              "device_not_in_stock");
}

TEST_F(StockTest, ADeviceEnteredForTwoUsersIsBoundOnce) {
    auto a = applications.apply_hardware_token(teller, {"master1", "TW0001", {}});
    auto b = applications.apply_hardware_token(teller, {"gen1", "TW0001", {}});
    ASSERT_TRUE(a);
    ASSERT_TRUE(b);
    const auto code = totp_code("TW0001", clock.now());
    ASSERT_TRUE(applications.approve(manager, a.value().application.id, code));
    EXPECT_EQ(code_of(applications.approve(manager, b.value().application.id, code)),
              "device_not_in_stock");
}

TEST_F(StockTest, OneKindOfTokenPerLoginIdUnlessThePolicyAllowsBoth) {
    active_token("master1");
    EXPECT_EQ(code_of(applications.apply_hardware_token(teller, {"master1", "TW0001", {}})),
              "other_kind_token_exists");
    hand_over("gen1", "TW0001");
    EXPECT_EQ(code_of(applications.apply_software_token(teller, {"gen1", "1234", false, {}})),
              "other_kind_token_exists");
    EXPECT_EQ(code_of(applications.apply_hardware_token(teller, {"gen1", "TW0100", {}})),
              "hardware_token_exists");
    ASSERT_TRUE(policy.set(admin, "both_token_kinds", "1"));
    EXPECT_TRUE(applications.apply_hardware_token(teller, {"master1", "TW0100", {}}));
}

TEST_F(StockTest, HotpCodesWithinTheLookAheadAreAcceptedOnce) {
    hand_over("master1", "TW0100");  // the handover used counter 0
    EXPECT_TRUE(tokens.verify_otp("master1", hotp_code("TW0100", 4)).value().accepted);
    EXPECT_EQ(tokens.verify_otp("master1", hotp_code("TW0100", 4)).value().reason, "otp_wrong");
    // Pressed in a pocket far past the look-ahead (policy 10): refused until resynchronised.
    EXPECT_FALSE(tokens.verify_otp("master1", hotp_code("TW0100", 40)).value().accepted);
}

TEST_F(StockTest, ATellerResynchronisesAHotpDeviceWithTwoConsecutiveCodes) {
    hand_over("master1", "TW0100");
    EXPECT_EQ(code_of(tokens.resync(teller, "master1", hotp_code("TW0100", 300),
                                    hotp_code("TW0100", 302))),
              "resync_codes_not_found");
    const auto r =
        tokens.resync(teller, "master1", hotp_code("TW0100", 300), hotp_code("TW0100", 301));
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().counter, 302);
    EXPECT_TRUE(tokens.verify_otp("master1", hotp_code("TW0100", 302)).value().accepted);
    const auto& trail = store.state().audit.at("001");
    const auto it = std::find_if(trail.begin(), trail.end(),
                                 [](const AuditEvent& e) { return e.action == "token_resynced"; });
    ASSERT_NE(it, trail.end());
    EXPECT_EQ(it->detail.find(hotp_code("TW0100", 300)), std::string::npos);  // no codes kept
}

TEST_F(StockTest, ResyncIsForHotpDevicesAtTheHomeBranch) {
    hand_over("master1", "TW0001");
    EXPECT_EQ(code_of(tokens.resync(teller, "master1", "123456", "234567")), "resync_hotp_only");
    EXPECT_EQ(code_of(tokens.resync(other_branch_manager, "master1", "123456", "234567")),
              "wrong_branch");
    EXPECT_EQ(code_of(tokens.resync(admin, "master1", "123456", "234567")), "role_not_allowed");
    EXPECT_EQ(code_of(tokens.resync(teller, "gen1", "123456", "234567")), "no_live_hardware_token");
}

TEST_F(StockTest, ADeviceHandedBackWorkingReturnsToStock) {
    const Token t = hand_over("master1", "TW0100");
    EXPECT_TRUE(tokens.verify_otp("master1", hotp_code("TW0100", 1)).value().accepted);
    auto rv = applications.apply_revoke(teller, {"master1", "returned", {}});
    ASSERT_TRUE(rv);
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    const Device d = device("TW0100");
    EXPECT_EQ(d.state, DeviceState::in_stock);
    EXPECT_TRUE(d.login_id.empty());
    EXPECT_EQ(d.token_id, 0);
    EXPECT_EQ(d.counter, 2);  // the next holder cannot replay codes already used
    EXPECT_EQ(store.state().tokens.at(t.id).state, TokenState::revoked);
}

TEST_F(StockTest, ALostDeviceIsWrittenOff) {
    hand_over("master1", "TW0001");
    auto rv = applications.apply_revoke(teller, {"master1", "stolen", {}});
    ASSERT_TRUE(rv);
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    EXPECT_EQ(device("TW0001").state, DeviceState::lost);
    EXPECT_EQ(store.state().audit.at("001").back().action, "application_approved");
}

TEST_F(StockTest, AMisuseReportStopsTheTokenAndWritesOffTheDeviceAtOnce) {
    const Token t = hand_over("master1", "TW0001");
    ASSERT_TRUE(applications.apply_misuse_report(teller, {"master1", "見知らぬ取引", {}}));
    EXPECT_EQ(store.state().tokens.at(t.id).state, TokenState::stopped);
    EXPECT_EQ(device("TW0001").state, DeviceState::lost);
}

TEST_F(StockTest, ANewDeviceWaitsForTheReissueHoldAfterARevoke) {
    hand_over("master1", "TW0001");
    auto rv = applications.apply_revoke(teller, {"master1", "broken", {}});
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    EXPECT_EQ(code_of(applications.apply_hardware_token(teller, {"master1", "TW0100", {}})),
              "reissue_not_yet");
    clock.advance(std::chrono::minutes(30));
    EXPECT_TRUE(applications.apply_hardware_token(teller, {"master1", "TW0100", {}}));
}

std::vector<std::string> problems(Context& ctx, const Actor& admin) {
    const auto report = IntegrityService(ctx).check(admin);
    if (!report) return {"refused: " + report.refusal().code};
    std::vector<std::string> out;
    for (const auto& p : report.value().problems) out.push_back(p.code + " " + p.target);
    return out;
}

TEST_F(StockTest, ADatabaseCheckFindsHalfAHandoverOrHalfARevoke) {
    const Token t = hand_over("master1", "TW0001");
    auto rv = applications.apply_revoke(teller, {"master1", "returned", {}});
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    clock.advance(std::chrono::minutes(31));
    const Token again = hand_over("gen1", "TW0001");
    EXPECT_TRUE(problems(ctx, admin).empty());

    store.state().devices.at("TW0001").state = DeviceState::in_stock;  // the handover half-done
    EXPECT_EQ(problems(ctx, admin), std::vector<std::string>{"device_assignment_mismatch token:" +
                                                             std::to_string(again.id)});
    store.state().devices.at("TW0001").state = DeviceState::assigned;
    store.state().tokens.at(again.id).state = TokenState::revoked;  // the revoke half-done
    EXPECT_EQ(problems(ctx, admin),
              std::vector<std::string>{"device_assignment_mismatch device:TW0001"});
    (void)t;
}

}  // namespace
}  // namespace td::test
