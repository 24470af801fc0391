// Rules 6–10: initial setup, OTP verification, lock, online unlock and revoke.
#include "desk_fixture.h"
#include "td/core/messages.h"

using namespace td::test;

namespace {
std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}
}  // namespace

TEST_F(DeskTest, InitialSetupDeliversTheSeedOnce) {
    const Token t = issue_token("master1", "4321");
    auto a = tokens.activate({t.service_id, t.token_user_id, "4321"});
    ASSERT_TRUE(a);
    EXPECT_EQ(a.value().digits, 6);
    EXPECT_EQ(a.value().period, 60);
    EXPECT_EQ(a.value().otpauth_uri.rfind("otpauth://totp/", 0), 0u);
    EXPECT_NE(a.value().otpauth_uri.find("period=60"), std::string::npos);
    EXPECT_EQ(store.state().tokens.at(t.id).state, TokenState::active);
    EXPECT_TRUE(store.state().tokens.at(t.id).start_password_hash.empty());
    EXPECT_EQ(refusal_code(tokens.activate({t.service_id, t.token_user_id, "4321"})),
              "token_not_awaiting_setup");
}

TEST_F(DeskTest, WrongUsagePasswordsVoidTheTokenAtTheLimit) {
    const Token t = issue_token("master1", "4321");
    for (int i = 1; i < 5; ++i) {
        auto r = tokens.activate({t.service_id, t.token_user_id, "0000"});
        EXPECT_EQ(refusal_code(r), "wrong_start_password");
        EXPECT_EQ(r.refusal().arg("remaining"), std::to_string(5 - i));
    }
    EXPECT_EQ(refusal_code(tokens.activate({t.service_id, t.token_user_id, "0000"})), "token_void");
    EXPECT_EQ(store.state().tokens.at(t.id).state, TokenState::voided);
    EXPECT_EQ(refusal_code(tokens.activate({t.service_id, t.token_user_id, "4321"})), "token_void");
    // A void token is not live: a new application is possible.
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "ok");
}

TEST_F(DeskTest, ActivationAttemptsFollowPolicy) {
    ASSERT_TRUE(policy.set(admin, "activation_attempts", "2"));
    const Token t = issue_token("master1", "4321");
    tokens.activate({t.service_id, t.token_user_id, "0000"});
    EXPECT_EQ(refusal_code(tokens.activate({t.service_id, t.token_user_id, "0000"})), "token_void");
}

TEST_F(DeskTest, ActivationWithWrongServiceIdOrMistypedUserId) {
    const Token t = issue_token("master1", "4321");
    EXPECT_EQ(refusal_code(tokens.activate({"OTHER", t.token_user_id, "4321"})), "unknown_token");
    std::string typo = t.token_user_id;
    typo[3] = char('0' + (typo[3] - '0' + 1) % 10);
    EXPECT_EQ(refusal_code(tokens.activate({t.service_id, typo, "4321"})), "token_user_id_format");
    EXPECT_EQ(store.state().tokens.at(t.id).activation_failures, 0);
}

TEST_F(DeskTest, CurrentCodeIsAcceptedOnce) {
    const SecretBytes seed = active_token("master1");
    const std::string code = code_at(seed, clock.now());
    auto first = tokens.verify_otp("master1", code);
    ASSERT_TRUE(first);
    EXPECT_TRUE(first.value().accepted);
    auto again = tokens.verify_otp("master1", code);
    EXPECT_FALSE(again.value().accepted);
    EXPECT_EQ(again.value().reason, "otp_replayed");
    EXPECT_EQ(again.value().fail_count, 1);
}

TEST_F(DeskTest, CodeOfAnEarlierStepIsRefusedAfterALaterOneWasAccepted) {
    const SecretBytes seed = active_token("master1");
    ASSERT_TRUE(tokens.verify_otp("master1", code_at(seed, clock.now())).value().accepted);
    EXPECT_FALSE(tokens.verify_otp("master1", code_at(seed, clock.now(), -1)).value().accepted);
}

TEST_F(DeskTest, CodeOneStepOldIsAcceptedTwoStepsOldIsNot) {
    const SecretBytes seed = active_token("master1");
    EXPECT_FALSE(tokens.verify_otp("master1", code_at(seed, clock.now(), -2)).value().accepted);
    EXPECT_TRUE(tokens.verify_otp("master1", code_at(seed, clock.now(), -1)).value().accepted);
}

TEST_F(DeskTest, CodeOneStepAheadIsAcceptedForDrift) {
    const SecretBytes seed = active_token("master1");
    EXPECT_FALSE(tokens.verify_otp("master1", code_at(seed, clock.now(), 2)).value().accepted);
    EXPECT_TRUE(tokens.verify_otp("master1", code_at(seed, clock.now(), 1)).value().accepted);
}

TEST_F(DeskTest, ConsecutiveFailuresLockAndSuccessResets) {
    const SecretBytes seed = active_token("master1");
    for (int i = 0; i < 4; ++i) tokens.verify_otp("master1", "000000");
    EXPECT_EQ(user("master1").fail_count, 4);
    clock.advance(std::chrono::minutes(1));
    EXPECT_TRUE(tokens.verify_otp("master1", code_at(seed, clock.now())).value().accepted);
    EXPECT_EQ(user("master1").fail_count, 0);
    for (int i = 0; i < 5; ++i) tokens.verify_otp("master1", "000000");
    EXPECT_EQ(user("master1").otp_state, OtpState::locked);
    clock.advance(std::chrono::minutes(1));
    auto locked = tokens.verify_otp("master1", code_at(seed, clock.now()));
    EXPECT_FALSE(locked.value().accepted);
    EXPECT_EQ(locked.value().reason, "user_locked");
}

TEST_F(DeskTest, IssuedButNotSetUpTokenAcceptsNoCode) {
    issue_token("master1");
    auto r = tokens.verify_otp("master1", "123456");
    EXPECT_FALSE(r.value().accepted);
    EXPECT_EQ(r.value().reason, "no_active_token");
}

TEST_F(DeskTest, VerifyUnknownLoginIsRefused) {
    EXPECT_EQ(refusal_code(tokens.verify_otp("nobody", "123456")), "unknown_login_id");
}

TEST_F(DeskTest, MasterUnlocksAGeneralUserOnline) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    store.state().users.at("gen1").fail_count = 5;
    const SecretBytes seed = active_token("master1");
    ASSERT_TRUE(tokens.online_unlock("gen1", "master1", code_at(seed, clock.now())));
    EXPECT_EQ(user("gen1").otp_state, OtpState::active);
    EXPECT_EQ(user("gen1").fail_count, 0);
}

TEST_F(DeskTest, OnlineUnlockWithAWrongMasterOtpCountsAndUnlocksNothing) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    active_token("master1");
    auto r = tokens.online_unlock("gen1", "master1", "000000");
    EXPECT_EQ(refusal_code(r), "otp_rejected");
    EXPECT_EQ(r.refusal().arg("reason"), "otp_wrong");
    EXPECT_EQ(user("master1").fail_count, 1);
    EXPECT_EQ(user("gen1").otp_state, OtpState::locked);
    EXPECT_EQ(tokens.online_unlock("gen1", "master1", "12345").refusal().field, "otp");
}

TEST_F(DeskTest, MasterUsersAreUnlockedOnlyAtTheBranch) {
    add_user("master2", "master", "m2@docomo.ne.jp");
    store.state().users.at("master1").otp_state = OtpState::locked;
    EXPECT_EQ(refusal_code(tokens.online_unlock("master1", "master2", "000000")),
              "master_unlock_at_branch");
}

TEST_F(DeskTest, OnlineUnlockNeedsAMasterOfTheSameContract) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    add_user("gen2", "general", "");
    EXPECT_EQ(refusal_code(tokens.online_unlock("gen1", "gen2", "000000")), "not_master");
    ASSERT_TRUE(customers.add_contract(
        teller, {"1000002", "別会社", "ベツガイシャ", "", "", "1000001", "東京都", "", "001"}));
    add_user("othermaster", "master", "", "1000002");
    EXPECT_EQ(refusal_code(tokens.online_unlock("gen1", "othermaster", "000000")),
              "different_contract");
}

TEST_F(DeskTest, MasterRevokesOnlineWithTheirOwnOtp) {
    const SecretBytes seed = active_token("master1");
    issue_token("gen1");
    EXPECT_EQ(refusal_code(tokens.online_revoke("gen1", "master1", "000000")), "otp_rejected");
    EXPECT_EQ(user("master1").fail_count, 1);
    auto ok = tokens.online_revoke("gen1", "master1", code_at(seed, clock.now()));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value().state, TokenState::revoked);
}

TEST_F(DeskTest, MasterMayRevokeTheirOwnToken) {
    const SecretBytes seed = active_token("master1");
    auto ok = tokens.online_revoke("master1", "master1", code_at(seed, clock.now()));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value().state, TokenState::revoked);
    EXPECT_EQ(
        refusal_code(applications.apply_software_token(teller, {"master1", "1234", false, {}})),
        "reissue_not_yet");
}

TEST_F(DeskTest, HotpHardwareTokensUseTheLookAheadWindow) {
    // Hardware tokens come from stock in a later step; the OTP rule is already core's.
    const Token sw = issue_token("gen1");
    Token& t = store.state().tokens.at(sw.id);
    t.state = TokenState::active;
    t.mode = OtpMode::hotp;
    t.counter = 0;
    const SecretBytes seed = crypto.vault.unseal(t.sealed_seed);
    const auto hotp = [&](std::uint64_t c) {
        return crypto.otp.hotp(seed.view(), c, 6, HashAlgorithm::sha1);
    };
    EXPECT_FALSE(tokens.verify_otp("gen1", hotp(11)).value().accepted);
    EXPECT_TRUE(tokens.verify_otp("gen1", hotp(10)).value().accepted);
    EXPECT_FALSE(tokens.verify_otp("gen1", hotp(10)).value().accepted);
    EXPECT_TRUE(tokens.verify_otp("gen1", hotp(11)).value().accepted);
}

// A code refused because of the user says which user; a wrong code is about the code.
TEST_F(DeskTest, OtpRefusalsForTheUserNameTheUser) {
    OtpResult locked;
    locked.reason = "user_locked";
    const auto about_user = otp_refusal("master1", locked);
    EXPECT_EQ(about_user.field, "login_id");
    const auto text = message_text(about_user, Language::en);
    EXPECT_NE(text.find("master1"), std::string::npos) << text;
    EXPECT_EQ(text.find("branch"), std::string::npos) << text;
    EXPECT_NE(message_text(about_user, Language::ja).find("master1"), std::string::npos);
    OtpResult wrong;
    wrong.reason = "otp_wrong";
    EXPECT_EQ(otp_refusal("master1", wrong).field, "otp");
}
