// db check: a clean database passes; each kind of damage planted in the store is reported.
#include "td/core/integrity_service.h"

#include <algorithm>
#include <stdexcept>

#include "desk_fixture.h"

using namespace td::test;

namespace {

class IntegrityTest : public DeskTest {
  protected:
    IntegrityService integrity{ctx};

    IntegrityReport check() {
        auto r = integrity.check(admin);
        EXPECT_TRUE(r) << (r ? "" : r.refusal().code);
        return r.value();
    }

    // The codes found, in the order reported.
    std::vector<std::string> codes() {
        std::vector<std::string> out;
        for (const auto& p : check().problems) out.push_back(p.code);
        return out;
    }

    std::int64_t approved(Outcome<IntakeResult> in, const Actor& by) {
        EXPECT_TRUE(in) << (in ? "" : in.refusal().code);
        auto ok = applications.approve(by, in.value().application.id);
        EXPECT_TRUE(ok) << (ok ? "" : ok.refusal().code);
        return ok.value().application.id;
    }

    // A token's life at the counter: issued, set up, locked, unlocked, revoked; and a misuse
    // report stopping another user's token.
    void everyday_history() {
        const SecretBytes seed = active_token("master1");
        for (int i = 0; i < 5; ++i) tokens.verify_otp("master1", "000000");
        approved(applications.apply_unlock(teller, {"master1", {}}), manager);
        approved(applications.apply_revoke(teller, {"master1", "lost", {}}), manager);
        issue_token("gen1");
        ASSERT_TRUE(applications.apply_misuse_report(teller, {"gen1", "知らない振込", {}}));
        (void)seed;
    }

    Token& token_of(const std::string& login) {
        for (auto& [id, t] : store.state().tokens)
            if (t.login_id == login) return t;
        throw std::runtime_error("no token for " + login);
    }
};

TEST_F(IntegrityTest, OnlyAnAdminChecks) {
    EXPECT_EQ(integrity.check(manager).refusal().code, "role_not_allowed");
    EXPECT_EQ(integrity.check(teller).refusal().code, "role_not_allowed");
}

TEST_F(IntegrityTest, EverydayHistoryIsClean) {
    everyday_history();
    const auto report = check();
    EXPECT_TRUE(report.clean());
    EXPECT_EQ(report.tokens_checked, 2);
    EXPECT_EQ(report.applications_checked, 5);
    EXPECT_TRUE(report.audit.intact);
    EXPECT_GT(report.audit.events_checked, 10);
}

TEST_F(IntegrityTest, UserLockedAgainAfterAnUnlockIsClean) {
    active_token("master1");
    for (int i = 0; i < 5; ++i) tokens.verify_otp("master1", "000000");
    approved(applications.apply_unlock(teller, {"master1", {}}), manager);
    clock.advance(std::chrono::seconds(60));
    for (int i = 0; i < 5; ++i) tokens.verify_otp("master1", "000000");
    ASSERT_EQ(user("master1").otp_state, OtpState::locked);
    EXPECT_TRUE(check().clean());
}

TEST_F(IntegrityTest, TokenWithoutItsApplication) {
    issue_token("master1");
    token_of("master1").application_id = 0;
    EXPECT_EQ(codes(),
              (std::vector<std::string>{"token_without_application", "approved_without_effect"}));
}

TEST_F(IntegrityTest, TokenWhoseApplicationWasNotApproved) {
    const Token t = issue_token("master1");
    store.state().applications.at(t.application_id).state = ApplicationState::rejected;
    const auto report = check();
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].code, "token_application_mismatch");
    EXPECT_EQ(report.problems[0].target, "token:" + std::to_string(t.id));
    EXPECT_NE(report.problems[0].detail.find("state=rejected"), std::string::npos);
}

TEST_F(IntegrityTest, TokenIssuedToAnotherLogin) {
    issue_token("master1");
    token_of("master1").login_id = "gen1";
    EXPECT_EQ(codes(),
              (std::vector<std::string>{"token_application_mismatch", "approved_without_effect"}));
}

TEST_F(IntegrityTest, TwoLiveSoftwareTokensForOneLogin) {
    const Token t = issue_token("master1");
    Token copy = t;
    copy.id = 999;
    copy.token_user_id = "9999999999";
    store.state().tokens[copy.id] = copy;  // planted past the store's own rule
    const auto report = check();
    std::vector<std::string> found;
    for (const auto& p : report.problems) found.push_back(p.code);
    EXPECT_NE(std::find(found.begin(), found.end(), "two_live_software_tokens"), found.end());
    for (const auto& p : report.problems)
        if (p.code == "two_live_software_tokens") {
            EXPECT_EQ(p.target, "user:master1");
            EXPECT_EQ(p.detail, "tokens=" + std::to_string(t.id) + ",999");
        }
}

TEST_F(IntegrityTest, ApprovedSoftwareTokenWithoutItsToken) {
    const Token t = issue_token("master1");
    store.state().tokens.erase(t.id);
    const auto report = check();
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].code, "approved_without_effect");
    EXPECT_EQ(report.problems[0].detail, "kind=software_token no_token");
}

TEST_F(IntegrityTest, ApprovedRevokeWhoseTokenIsStillLive) {
    issue_token("master1");
    approved(applications.apply_revoke(teller, {"master1", "lost", {}}), manager);
    token_of("master1").state = TokenState::active;
    EXPECT_EQ(codes(), (std::vector<std::string>{"approved_without_effect"}));
}

TEST_F(IntegrityTest, ApprovedUnlockButUserStillLocked) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    approved(applications.apply_unlock(teller, {"gen1", {}}), manager);
    store.state().users.at("gen1").otp_state = OtpState::locked;
    EXPECT_EQ(codes(), (std::vector<std::string>{"approved_without_effect"}));
}

TEST_F(IntegrityTest, MisuseReportWhoseTokenRuns) {
    issue_token("gen1");
    ASSERT_TRUE(applications.apply_misuse_report(teller, {"gen1", "知らない振込", {}}));
    token_of("gen1").state = TokenState::active;
    EXPECT_EQ(codes(), (std::vector<std::string>{"misuse_report_token_not_stopped"}));
}

TEST_F(IntegrityTest, BrokenAuditChain) {
    everyday_history();
    store.state().audit.at("001").at(2).detail = "edited";
    const auto report = check();
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].code, "audit_chain_broken");
    EXPECT_EQ(report.problems[0].target, "chain:001");
    EXPECT_EQ(report.problems[0].detail, "seq=3 reason=mac_mismatch");
    EXPECT_FALSE(report.audit.intact);
}

}  // namespace
