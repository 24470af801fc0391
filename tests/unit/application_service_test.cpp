// Rule 1 (maker ≠ checker), rule 2, 4, 5, 11, 12 at intake and approval.
#include "desk_fixture.h"

using namespace td::test;

namespace {

std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}

}  // namespace

TEST_F(DeskTest, SoftwareTokenTakesEffectOnlyWhenApproved) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(in);
    EXPECT_EQ(in.value().application.state, ApplicationState::entered);
    EXPECT_FALSE(in.value().generated_start_password);
    EXPECT_TRUE(store.state().tokens.empty());
    auto ok = applications.approve(manager, in.value().application.id);
    ASSERT_TRUE(ok);
    ASSERT_TRUE(ok.value().token);
    EXPECT_EQ(ok.value().token->state, TokenState::issued);
    EXPECT_EQ(ok.value().token->service_id, Policy::defaults().service_id);
    EXPECT_EQ(ok.value().token->token_user_id.size(), 10u);
    EXPECT_EQ(ok.value().application.checker_id, "manager");
}

TEST_F(DeskTest, UsagePasswordIsHashedAtIntake) {
    auto in = applications.apply_software_token(teller, {"master1", "98765432", false, {}});
    ASSERT_TRUE(in);
    const auto& stored = store.state().applications.at(in.value().application.id);
    EXPECT_EQ(stored.start_password_hash.find("98765432"), std::string::npos);
    EXPECT_FALSE(stored.start_password_hash.empty());
}

TEST_F(DeskTest, GeneratedUsagePasswordIsEightDigitsShownOnce) {
    auto in = applications.apply_software_token(teller, {"master1", "", true, {}});
    ASSERT_TRUE(in);
    ASSERT_TRUE(in.value().generated_start_password);
    EXPECT_FALSE(check_start_password(*in.value().generated_start_password));
    auto shown = applications.show(manager, in.value().application.id);
    EXPECT_TRUE(shown.value().application.start_password_generated);
}

TEST_F(DeskTest, UsagePasswordLengthsAtIntake) {
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "123", false, {}})),
        "start_password_format");
    EXPECT_EQ(refusal_code(
                  applications.apply_software_token(teller, {"master1", "123456789", false, {}})),
              "start_password_format");
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "１２３４", false, {}})),
        "full_width_digits");
    EXPECT_TRUE(store.state().applications.empty());
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "12345678", false, {}})),
        "ok");
}

TEST_F(DeskTest, MakerCannotApproveOwnEntry) {
    auto in = applications.apply_software_token(manager, {"master1", "1234", false, {}});
    ASSERT_TRUE(in);
    EXPECT_EQ(refusal_code(applications.approve(manager, in.value().application.id)),
              "maker_is_checker");
    EXPECT_EQ(refusal_code(applications.reject(manager, in.value().application.id, "x")),
              "maker_is_checker");
    EXPECT_EQ(refusal_code(applications.approve(manager2, in.value().application.id)), "ok");
}

TEST_F(DeskTest, TellersAndOtherBranchesCannotApprove) {
    auto in = applications.apply_unlock(teller, {"gen1", {}});
    // gen1 is not locked yet: lock first.
    EXPECT_EQ(refusal_code(in), "user_not_locked");
    store.state().users.at("gen1").otp_state = OtpState::locked;
    in = applications.apply_unlock(teller, {"gen1", {}});
    ASSERT_TRUE(in);
    const auto id = in.value().application.id;
    EXPECT_EQ(refusal_code(applications.approve(teller, id)), "role_not_allowed");
    EXPECT_EQ(refusal_code(applications.approve(admin, id)), "role_not_allowed");
    EXPECT_EQ(refusal_code(applications.approve(other_branch_manager, id)), "wrong_branch");
}

TEST_F(DeskTest, OnlyHomeBranchStaffEnterApplications) {
    EXPECT_EQ(refusal_code(applications.apply_software_token(other_branch_manager,
                                                             {"master1", "1234", false, {}})),
              "wrong_branch");
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(admin, {"master1", "1234", false, {}})),
        "role_not_allowed");
}

TEST_F(DeskTest, ApprovingTwiceIsRefused) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(applications.approve(manager, in.value().application.id));
    auto again = applications.approve(manager2, in.value().application.id);
    EXPECT_EQ(refusal_code(again), "application_not_entered");
    EXPECT_EQ(store.state().tokens.size(), 1u);
}

TEST_F(DeskTest, OnePhonePerLoginId) {
    issue_token("master1");
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "software_token_exists");
}

TEST_F(DeskTest, SecondPendingApplicationForSameUserIsRefused) {
    ASSERT_TRUE(applications.apply_software_token(teller, {"master1", "1234", false, {}}));
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "application_pending");
}

TEST_F(DeskTest, PcAddressCannotGetASoftwareToken) {
    EXPECT_EQ(
        refusal_code(customers.add_user(teller, {"pc1", "1000001", "x", "general", "x@gmail.com"})),
        "email_not_mobile");
    add_user("nomail", "general", "");
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"nomail", "1234", false, {}})),
        "mobile_email_required");
}

TEST_F(DeskTest, TenTokensPerAppAndTheEleventhIsRefused) {
    const std::string shared = "shared@docomo.ne.jp";
    for (int i = 1; i <= 11; ++i) add_user("u" + std::to_string(i), "general", shared);
    for (int i = 1; i <= 7; ++i) {
        auto in =
            applications.apply_software_token(teller, {"u" + std::to_string(i), "1234", false, {}});
        ASSERT_TRUE(in);
        EXPECT_TRUE(std::find(in.value().warnings.begin(), in.value().warnings.end(),
                              "app_token_count_high") == in.value().warnings.end());
        ASSERT_TRUE(applications.approve(manager, in.value().application.id));
    }
    auto eighth = applications.apply_software_token(teller, {"u8", "1234", false, {}});
    ASSERT_TRUE(eighth);
    EXPECT_NE(std::find(eighth.value().warnings.begin(), eighth.value().warnings.end(),
                        "app_token_count_high"),
              eighth.value().warnings.end());
    ASSERT_TRUE(applications.approve(manager, eighth.value().application.id));
    issue_token("u9");
    issue_token("u10");
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, {"u11", "1234", false, {}})),
              "app_token_limit");
}

TEST_F(DeskTest, TenTokenLimitIsCheckedAgainAtApproval) {
    const std::string shared = "shared@docomo.ne.jp";
    for (int i = 1; i <= 11; ++i) add_user("u" + std::to_string(i), "general", shared);
    for (int i = 1; i <= 9; ++i) issue_token("u" + std::to_string(i));
    auto tenth = applications.apply_software_token(teller, {"u10", "1234", false, {}});
    auto eleventh = applications.apply_software_token(teller, {"u11", "1234", false, {}});
    ASSERT_TRUE(tenth);
    ASSERT_TRUE(eleventh);
    ASSERT_TRUE(applications.approve(manager, tenth.value().application.id));
    EXPECT_EQ(refusal_code(applications.approve(manager, eleventh.value().application.id)),
              "app_token_limit");
}

TEST_F(DeskTest, RevokeAtTheBranchThenReissueWaitsForTheRule11Time) {
    issue_token("master1");
    clock.set(japan(2026, 11, 26, 20, 50, 0));
    auto rv = applications.apply_revoke(
        teller, {"master1", "lost", {"", true, true, "山田", "principal", ""}});
    ASSERT_TRUE(rv);
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    auto early = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_FALSE(early);
    EXPECT_EQ(early.refusal().code, "reissue_not_yet");
    EXPECT_EQ(early.refusal().arg("earliest_issue_at"), "2026-11-27T08:10:00+09:00");
    auto view = customers.show_user(teller, "master1");
    ASSERT_TRUE(view.value().earliest_issue_at);
    EXPECT_EQ(format_japan_iso(*view.value().earliest_issue_at), "2026-11-27T08:10:00+09:00");
    clock.set(japan(2026, 11, 27, 8, 9, 59));
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "reissue_not_yet");
    clock.set(japan(2026, 11, 27, 8, 10, 0));
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "ok");
}

TEST_F(DeskTest, ReissueRuleIsCheckedAgainAtApproval) {
    issue_token("gen1");
    auto entered = applications.apply_revoke(teller, {"gen1", "broken", {}});
    ASSERT_TRUE(entered);
    // Entered before the revoke takes effect, approved after it.
    store.state().tokens.begin()->second.state = TokenState::issued;
    clock.set(japan(2026, 11, 26, 12, 0, 0));
    ASSERT_TRUE(applications.approve(manager, entered.value().application.id));
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, {"gen1", "1234", false, {}})),
              "reissue_not_yet");
    clock.set(japan(2026, 11, 26, 12, 29, 59));
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, {"gen1", "1234", false, {}})),
              "reissue_not_yet");
    clock.set(japan(2026, 11, 26, 12, 30, 0));
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, {"gen1", "1234", false, {}})),
              "ok");
}

TEST_F(DeskTest, RevokeReasonsAreAFixedList) {
    issue_token("master1");
    EXPECT_EQ(refusal_code(applications.apply_revoke(teller, {"master1", "tired", {}})),
              "invalid_choice");
    EXPECT_EQ(refusal_code(applications.apply_revoke(teller, {"master1", "returned", {}})),
              "revoke_reason_hardware_only");
}

TEST_F(DeskTest, RevokeNeedsALiveToken) {
    EXPECT_EQ(refusal_code(applications.apply_revoke(teller, {"master1", "lost", {}})),
              "no_live_token");
}

TEST_F(DeskTest, MisuseReportStopsTheTokenAtIntake) {
    const Token t = issue_token("master1");
    auto rep = applications.apply_misuse_report(teller, {"master1", "身に覚えのない振込", {}});
    ASSERT_TRUE(rep);
    EXPECT_EQ(rep.value().application.state, ApplicationState::entered);
    EXPECT_EQ(store.state().tokens.at(t.id).state, TokenState::stopped);
    EXPECT_EQ(rep.value().application.token_id, t.id);
}

TEST_F(DeskTest, RejectingOrCancellingAMisuseReportDoesNotRestartTheToken) {
    const Token t = issue_token("master1");
    auto rep = applications.apply_misuse_report(teller, {"master1", "不正利用", {}});
    ASSERT_TRUE(applications.reject(manager, rep.value().application.id, "記入不備"));
    EXPECT_EQ(store.state().tokens.at(t.id).state, TokenState::stopped);
    // A stopped token does not hold back a new issuance.
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "ok");
}

TEST_F(DeskTest, ApprovalConfirmsAMisuseReport) {
    issue_token("master1");
    auto rep = applications.apply_misuse_report(teller, {"master1", "不正利用", {}});
    auto ok = applications.approve(manager, rep.value().application.id);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value().token->state, TokenState::stopped);
}

TEST_F(DeskTest, MisuseReportNeedsDetails) {
    EXPECT_EQ(refusal_code(applications.apply_misuse_report(teller, {"master1", "", {}})),
              "required");
}

TEST_F(DeskTest, UnlockAtTheBranchClearsTheLock) {
    auto& u = store.state().users.at("master1");
    u.otp_state = OtpState::locked;
    u.fail_count = 5;
    auto in =
        applications.apply_unlock(teller, {"master1", {"2026-11-25", true, true, "", "", ""}});
    ASSERT_TRUE(in);
    EXPECT_EQ(user("master1").otp_state, OtpState::locked);
    ASSERT_TRUE(applications.approve(manager, in.value().application.id));
    EXPECT_EQ(user("master1").otp_state, OtpState::active);
    EXPECT_EQ(user("master1").fail_count, 0);
}

TEST_F(DeskTest, UnlockForAGeneralUserMentionsTheOnlineRoute) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    auto in = applications.apply_unlock(teller, {"gen1", {}});
    ASSERT_TRUE(in);
    EXPECT_NE(std::find(in.value().warnings.begin(), in.value().warnings.end(),
                        "online_unlock_available"),
              in.value().warnings.end());
}

TEST_F(DeskTest, UnlockApprovalRefusedWhenNoLongerLocked) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    auto in = applications.apply_unlock(teller, {"gen1", {}});
    const SecretBytes seed = active_token("master1");
    ASSERT_TRUE(tokens.online_unlock("gen1", "master1", code_at(seed, clock.now())));
    EXPECT_EQ(refusal_code(applications.approve(manager, in.value().application.id)),
              "user_not_locked");
}

TEST_F(DeskTest, WrittenFormFactsAreChecked) {
    store.state().users.at("master1").otp_state = OtpState::locked;
    EXPECT_EQ(refusal_code(applications.apply_unlock(
                  teller, {"master1", {"2026-13-01", true, true, "", "", ""}})),
              "date_format");
    EXPECT_EQ(refusal_code(applications.apply_unlock(
                  teller, {"master1", {"2026-11-27", true, true, "", "", ""}})),
              "date_in_future");
    EXPECT_EQ(refusal_code(applications.apply_unlock(
                  teller, {"master1", {"", true, true, "x", "boss", ""}})),
              "invalid_choice");
    auto ok =
        applications.apply_unlock(teller, {"master1", {"", true, true, "山田 花子", "agent", ""}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value().application.form.received_date, "2026-11-26");
    EXPECT_EQ(ok.value().application.form.visitor_role, VisitorRole::agent);
}

TEST_F(DeskTest, CancelByMakerOrManagerOnly) {
    store.state().users.at("master1").otp_state = OtpState::locked;
    auto in = applications.apply_unlock(teller, {"master1", {}});
    EXPECT_EQ(refusal_code(applications.cancel(other_branch_manager, in.value().application.id)),
              "role_not_allowed");
    auto c = applications.cancel(teller, in.value().application.id);
    ASSERT_TRUE(c);
    EXPECT_EQ(c.value().application.state, ApplicationState::cancelled);
    EXPECT_EQ(refusal_code(applications.approve(manager, in.value().application.id)),
              "application_not_entered");
}

TEST_F(DeskTest, RefusedStepChangesNothing) {
    const auto before_apps = store.state().applications.size();
    const auto before_events = store.state().audit.at("001").size();
    EXPECT_FALSE(applications.apply_software_token(teller, {"nobody", "1234", false, {}}));
    EXPECT_EQ(store.state().applications.size(), before_apps);
    EXPECT_EQ(store.state().audit.at("001").size(), before_events);
}

TEST_F(DeskTest, LookingAtAUserIsRecorded) {
    const auto before = store.state().audit.at("001").size();
    ASSERT_TRUE(customers.show_user(manager, "gen1"));
    const auto& events = store.state().audit.at("001");
    ASSERT_EQ(events.size(), before + 1);
    EXPECT_EQ(events.back().action, "user_viewed");
    EXPECT_EQ(events.back().actor, "manager");
    EXPECT_EQ(events.back().target, "user:gen1");
}

TEST_F(DeskTest, NoSecretReachesTheAuditTrail) {
    auto in = applications.apply_software_token(teller, {"master1", "56781234", false, {}});
    applications.approve(manager, in.value().application.id);
    for (const auto& [chain, events] : store.state().audit)
        for (const auto& e : events) EXPECT_EQ(e.detail.find("56781234"), std::string::npos);
}
