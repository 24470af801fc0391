// Online issuance (seed 手順3–5): the branch approves an application entered with --online, then
// the master user issues the token in internet banking, choosing the phone's address and the
// start password there, under the counter's rules; the app's download URL is queued for the
// phone and delivered by MailService with retries.
#include "desk_fixture.h"
#include "td/core/host_service.h"
#include "td/core/mail_service.h"

using namespace td::test;

namespace {

std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}

// A relay stand-in: refuses the first `refusals` mails, then accepts, keeping what it got.
struct RecordingTransport final : MailTransport {
    int refusals = 0;
    std::vector<OutgoingMail> delivered;
    std::optional<std::string> send(const OutgoingMail& mail) override {
        if (refusals > 0) {
            --refusals;
            return "451 try again later";
        }
        delivered.push_back(mail);
        return std::nullopt;
    }
};

class OnlineIssuanceTest : public DeskTest {
  protected:
    HostService host{ctx, {"ib-host", {"SEIKYO01"}}};

    Application approve_online(const std::string& login) {
        SoftwareTokenRequest req{login, "", false, {}};
        req.online = true;
        auto in = applications.apply_software_token(teller, req);
        EXPECT_TRUE(in) << refusal_code(in);
        auto ok = applications.approve(manager, in.value().application.id);
        EXPECT_TRUE(ok) << refusal_code(ok);
        return ok.value().application;
    }

    // master1's token issued online, its download mail waiting in the outbox.
    void issue_online_for_master() {
        approve_online("master1");
        ASSERT_TRUE(host.issue_online({"master1", "phone1@au.com", "13579"}));
    }

    std::vector<std::string> feed_types() {
        std::vector<std::string> types;
        for (const auto& e : store.state().host_events) types.push_back(e.type);
        return types;
    }
};

TEST_F(OnlineIssuanceTest, ApprovalIssuesNothingAndTheCustomerIssuesOnline) {
    const Application app = approve_online("master1");
    EXPECT_TRUE(app.online_issuance);
    EXPECT_EQ(app.token_id, 0);
    EXPECT_TRUE(store.state().tokens.empty());
    EXPECT_TRUE(feed_types().empty());

    auto issued = host.issue_online({"master1", "phone1@au.com", "13579"});
    ASSERT_TRUE(issued) << refusal_code(issued);
    const Token& t = issued.value();
    EXPECT_EQ(t.service_id, "SEIKYO01");
    EXPECT_EQ(t.mobile_email, "phone1@au.com");
    EXPECT_EQ(t.state, TokenState::issued);
    EXPECT_EQ(t.application_id, app.id);
    EXPECT_EQ(user("master1").mobile_email, "phone1@au.com");
    EXPECT_EQ(store.state().applications.at(app.id).token_id, t.id);
    EXPECT_EQ(feed_types(), std::vector<std::string>{"issued"});
    // The password chosen online opens the app's initial setup.
    EXPECT_EQ(refusal_code(tokens.activate({t.service_id, t.token_user_id, "2468"})),
              "wrong_start_password");
    EXPECT_TRUE(tokens.activate({t.service_id, t.token_user_id, "13579"}));
    // Recorded as the customer's act, through the host.
    const auto& events = store.state().audit.at("001");
    auto it = std::find_if(events.begin(), events.end(),
                           [](const AuditEvent& e) { return e.action == "online_issue"; });
    ASSERT_NE(it, events.end());
    EXPECT_EQ(it->actor, "customer:master1");
    EXPECT_EQ(it->detail, "application=" + std::to_string(app.id) + " host=ib-host");
}

TEST_F(OnlineIssuanceTest, TheDownloadMailIsQueuedInJapaneseWithNothingSecret) {
    approve_online("master1");
    ASSERT_TRUE(host.issue_online({"master1", "phone1@au.com", "13579"}));
    ASSERT_EQ(store.state().mail_outbox.size(), 1u);
    const OutgoingMail& m = store.state().mail_outbox.front();
    EXPECT_EQ(m.to, "phone1@au.com");
    EXPECT_EQ(m.login_id, "master1");
    EXPECT_NE(m.subject.find("ダウンロード"), std::string::npos);
    EXPECT_NE(m.body.find("https://otp-auth.net/app/"), std::string::npos);
    EXPECT_NE(m.body.find("本店"), std::string::npos);
    const Token& t = store.state().tokens.begin()->second;
    for (const std::string& secret : {std::string("13579"), t.token_user_id})
        EXPECT_EQ(m.body.find(secret), std::string::npos) << secret;
    EXPECT_EQ(m.next_attempt_at, clock.now());
}

TEST_F(OnlineIssuanceTest, TheCountersRulesApply) {
    // Nothing approved for online issuance yet.
    EXPECT_EQ(refusal_code(host.issue_online({"master1", "phone1@au.com", "13579"})),
              "online_issuance_not_approved");
    approve_online("master1");
    EXPECT_EQ(refusal_code(host.issue_online({"master1", "someone@gmail.com", "13579"})),
              "email_not_mobile");
    EXPECT_EQ(refusal_code(host.issue_online({"master1", "phone1@au.com", "123"})),
              "start_password_format");
    EXPECT_EQ(refusal_code(host.issue_online({"master1", "phone1@au.com", "１２３４"})),
              "full_width_digits");
    ASSERT_TRUE(host.issue_online({"master1", "phone1@au.com", "13579"}));
    // One phone per login ID: the approval is used up, and a second issuance is refused.
    EXPECT_EQ(refusal_code(host.issue_online({"master1", "phone2@au.com", "13579"})),
              "online_issuance_not_approved");
    EXPECT_EQ(store.state().tokens.size(), 1u);
    EXPECT_EQ(store.state().mail_outbox.size(), 1u);
}

TEST_F(OnlineIssuanceTest, AnotherServicesHostCannotIssue) {
    approve_online("master1");
    HostService other_bank{ctx, {"other-host", {"OTHER01"}}};
    EXPECT_EQ(refusal_code(other_bank.issue_online({"master1", "phone1@au.com", "13579"})),
              "unknown_login_id");
    EXPECT_TRUE(store.state().tokens.empty());
}

TEST_F(OnlineIssuanceTest, TheCounterTakesNoStartPasswordForOnlineIssuance) {
    SoftwareTokenRequest req{"master1", "1234", false, {}};
    req.online = true;
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, req)),
              "online_with_start_password");
    req.start_password.clear();
    req.generate_start_password = true;
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, req)),
              "online_with_start_password");
}

TEST_F(OnlineIssuanceTest, AUserWithoutAMobileAddressMayApplyForOnlineIssuance) {
    add_user("gen2", "general", "");
    const Application app = approve_online("gen2");
    EXPECT_EQ(app.state, ApplicationState::approved);
    ASSERT_TRUE(host.issue_online({"gen2", "gen2@docomo.ne.jp", "8642"}));
}

TEST_F(OnlineIssuanceTest, ARevokeHoldsBackTheOnlineIssuanceToo) {
    const SecretBytes seed = active_token("master1");
    clock.advance(std::chrono::minutes(1));
    ASSERT_TRUE(tokens.online_revoke("master1", "master1", code_at(seed, clock.now())));
    // Rule 11: thirty minutes after a revoke, for online issuance as at the counter.
    SoftwareTokenRequest req{"master1", "", false, {}};
    req.online = true;
    EXPECT_EQ(refusal_code(applications.apply_software_token(teller, req)), "reissue_not_yet");
    clock.advance(std::chrono::minutes(30));
    approve_online("master1");
    ASSERT_TRUE(host.issue_online({"master1", "phone1@au.com", "13579"}));
}

TEST_F(OnlineIssuanceTest, MailsAreDeliveredAndARefusingRelayIsRetriedLater) {
    issue_online_for_master();
    RecordingTransport relay;
    relay.refusals = 2;
    MailService mail(ctx, relay);
    EXPECT_EQ(mail.pending(), 1);

    MailRound first = mail.deliver_due();
    EXPECT_EQ(first.failed, 1);
    EXPECT_EQ(store.state().mail_outbox.front().last_error, "451 try again later");
    EXPECT_EQ(store.state().mail_outbox.front().next_attempt_at,
              clock.now() + std::chrono::minutes(1));
    // Not due again before the pause.
    EXPECT_EQ(mail.deliver_due().failed, 0);
    clock.advance(std::chrono::minutes(1));
    EXPECT_EQ(mail.deliver_due().failed, 1);
    EXPECT_EQ(store.state().mail_outbox.front().next_attempt_at,
              clock.now() + std::chrono::minutes(2));
    clock.advance(std::chrono::minutes(2));
    EXPECT_EQ(mail.deliver_due().sent, 1);
    ASSERT_EQ(relay.delivered.size(), 1u);
    EXPECT_EQ(relay.delivered.front().to, "phone1@au.com");
    EXPECT_EQ(mail.pending(), 0);
    EXPECT_EQ(store.state().mail_outbox.front().attempts, 3);
    EXPECT_EQ(feed_types(),
              (std::vector<std::string>{"issued", "mail_failed", "mail_failed", "mail_sent"}));
    // The issuance stood throughout.
    EXPECT_EQ(store.state().tokens.size(), 1u);
}

TEST_F(OnlineIssuanceTest, AMailIsGivenUpAfterTheLastAttempt) {
    issue_online_for_master();
    RecordingTransport relay;
    relay.refusals = 1000;
    MailService mail(ctx, relay);
    int given_up = 0;
    for (int i = 0; i < kMailAttempts; ++i) {
        given_up += mail.deliver_due().given_up;
        clock.advance(std::chrono::hours(1));
    }
    EXPECT_EQ(given_up, 1);
    EXPECT_TRUE(store.state().mail_outbox.front().given_up);
    EXPECT_EQ(mail.pending(), 0);
    EXPECT_EQ(mail.deliver_due().failed, 0);
}

TEST(MailRetryPause, DoublesFromOneMinuteToAtMostAnHour) {
    EXPECT_EQ(mail_retry_pause(1), std::chrono::minutes(1));
    EXPECT_EQ(mail_retry_pause(2), std::chrono::minutes(2));
    EXPECT_EQ(mail_retry_pause(6), std::chrono::minutes(32));
    EXPECT_EQ(mail_retry_pause(7), std::chrono::minutes(60));
    EXPECT_EQ(mail_retry_pause(9), std::chrono::minutes(60));
}

}  // namespace
