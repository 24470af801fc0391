// POST /v1/users/{login_id}/software-token: the master user's online issuance after the branch
// approved an --online application, and the app's download URL mailed to the phone through a
// real SMTP listener on 127.0.0.1 (plain, refusing first and then taking it, and over STARTTLS).
#include <openssl/evp.h>

#include "server_fixture.h"
#include "smtp_listener.h"
#include "td/runtime/runtime.h"

namespace td::test {
namespace {

std::string base64_decoded(std::string text) {
    std::erase_if(text, [](char c) { return c == '\r' || c == '\n'; });
    std::string out(text.size(), '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()),
                                  static_cast<int>(text.size()));
    if (n < 0) return {};
    out.resize(static_cast<std::size_t>(n));
    while (!out.empty() && out.back() == '\0') out.pop_back();  // the padding's bytes
    return out;
}

// The body of a received message (base64 after the blank line), decoded.
std::string body_of(const ReceivedMail& mail) {
    const auto blank = mail.data.find("\r\n\r\n");
    return blank == std::string::npos ? std::string() : base64_decoded(mail.data.substr(blank + 4));
}

class OnlineIssuanceServerTest : public ServerTest {
  protected:
    void SetUp() override {
        relay_ = std::make_unique<SmtpListener>(relay_options());
        extra_conf_ = "smtp_relay = 127.0.0.1:" + std::to_string(relay_->port()) +
                      "\nmail_from = otp@seikyo.example\n" + relay_conf();
        ServerTest::SetUp();
        if (IsSkipped()) return;
        approve_online_issuance("gen2");
    }
    void TearDown() override {
        ServerTest::TearDown();
        relay_.reset();
    }
    virtual SmtpListener::Options relay_options() { return {}; }
    virtual std::string relay_conf() { return {}; }

    // Moves the outbox's retries to now, as the minute's pause would.
    void let_the_pause_pass() {
        runtime::Runtime rt(db_url(), key_file(), runtime::make_clock(db_url()), true);
        rt.context().store.run([&](core::Transaction& tx) {
            const auto now = rt.clock().now();
            for (auto m : tx.mail_outbox().due(now + std::chrono::hours(1), 100)) {
                m.next_attempt_at = now;
                tx.mail_outbox().update(m);
            }
            return true;
        });
    }

    Reply issue(const std::string& email = "g2@docomo.ne.jp",
                const std::string& password = "2468") {
        return host().post("/v1/users/gen2/software-token",
                           {{"mobile_email", email}, {"start_password", password}});
    }

    // The value of one metric line, or -1; waits up to five seconds for it to reach `want`.
    long long metric(const std::string& name, long long want) {
        long long value = -1;
        for (int i = 0; i < 50; ++i) {
            const std::string text = host().get("/metrics").body;
            const auto at = text.find("\n" + name + " ");
            value = at == std::string::npos ? -1 : std::stoll(text.substr(at + name.size() + 2));
            if (value == want) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return value;
    }

    std::vector<std::string> feed() {
        std::vector<std::string> types;
        const auto page = host().get("/v1/events?after=0&limit=100").json();
        for (const auto& e : page["events"])
            if (e["login_id"] == "gen2") types.push_back(e["type"]);
        return types;
    }

    std::unique_ptr<SmtpListener> relay_;
};

TEST_F(OnlineIssuanceServerTest, IssuesTheTokenAndMailsTheDownloadUrlInJapanese) {
    const auto reply = issue();
    ASSERT_EQ(reply.status, 201) << reply.body;
    const auto j = reply.json();
    EXPECT_EQ(j["service_id"], "SEIKYO01");
    const std::string token_user_id = j["token_user_id"];
    EXPECT_FALSE(token_user_id.empty());

    const auto mails = relay_->wait_for(1, std::chrono::seconds(10));
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].from, "otp@seikyo.example");
    EXPECT_EQ(mails[0].recipient, "g2@docomo.ne.jp");
    EXPECT_NE(mails[0].data.find("Subject: =?UTF-8?B?"), std::string::npos);
    EXPECT_NE(mails[0].data.find("Content-Type: text/plain; charset=UTF-8"), std::string::npos);
    const std::string body = body_of(mails[0]);
    EXPECT_NE(body.find("https://otp-auth.net/app/"), std::string::npos) << body;
    EXPECT_NE(body.find("ダウンロード"), std::string::npos);
    EXPECT_EQ(body.find("2468"), std::string::npos);  // nothing secret
    EXPECT_EQ(body.find(token_user_id), std::string::npos);
    EXPECT_EQ(metric("tokendesk_mail_sent_total", 1), 1);
    EXPECT_EQ(metric("tokendesk_mail_outbox_pending", 0), 0);
    EXPECT_EQ(feed(), (std::vector<std::string>{"issued", "mail_sent"}));

    // The start password chosen online opens the app's initial setup.
    EXPECT_EQ(host()
                  .post("/v1/activations", {{"service_id", "SEIKYO01"},
                                            {"token_user_id", token_user_id},
                                            {"start_password", "2468"}})
                  .status,
              200);
}

TEST_F(OnlineIssuanceServerTest, TheCountersRulesAndTheProblemFormat) {
    auto pc = issue("g2@example.com");
    EXPECT_EQ(pc.status, 422);
    EXPECT_EQ(pc.json()["code"], "email_not_mobile");
    EXPECT_EQ(pc.json()["field"], "mobile_email");
    EXPECT_EQ(issue("g2@docomo.ne.jp", "12").json()["code"], "start_password_format");
    auto missing = host().post("/v1/users/gen2/software-token", {{"mobile_email", "x@au.com"}});
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json()["field"], "start_password");
    ASSERT_EQ(issue().status, 201);
    auto again = issue("other@au.com");
    EXPECT_EQ(again.status, 422);
    EXPECT_EQ(again.json()["code"], "online_issuance_not_approved");
    // master1 had no online application.
    auto master = host().post("/v1/users/master1/software-token",
                              {{"mobile_email", "m@au.com"}, {"start_password", "1357"}});
    EXPECT_EQ(master.json()["code"], "online_issuance_not_approved");
    EXPECT_EQ(host()
                  .post("/v1/users/nobody/software-token",
                        {{"mobile_email", "m@au.com"}, {"start_password", "1357"}})
                  .status,
              404);
}

class RefusingRelayTest : public OnlineIssuanceServerTest {
  protected:
    SmtpListener::Options relay_options() override { return {1, std::nullopt}; }
};

TEST_F(RefusingRelayTest, ARefusedMailIsRetriedAndTheIssuanceStands) {
    ASSERT_EQ(issue().status, 201);
    EXPECT_EQ(metric("tokendesk_mail_failures_total", 1), 1);
    EXPECT_EQ(relay_->refusals_given(), 1);
    EXPECT_EQ(metric("tokendesk_mail_outbox_pending", 1), 1);
    EXPECT_EQ(feed(), (std::vector<std::string>{"issued", "mail_failed"}));
    // The token stands while the mail waits.
    EXPECT_EQ(host().get("/v1/users/gen2").json()["token"]["state"], "issued");
    EXPECT_TRUE(relay_->wait_for(1, std::chrono::milliseconds(500)).empty());

    let_the_pause_pass();
    const auto mails = relay_->wait_for(1, std::chrono::seconds(10));
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].recipient, "g2@docomo.ne.jp");
    EXPECT_EQ(metric("tokendesk_mail_sent_total", 1), 1);
    EXPECT_EQ(metric("tokendesk_mail_outbox_pending", 0), 0);
    EXPECT_EQ(feed(), (std::vector<std::string>{"issued", "mail_failed", "mail_sent"}));
}

class StartTlsRelayTest : public OnlineIssuanceServerTest {
  protected:
    SmtpListener::Options relay_options() override {
        return {0, std::pair{tls().server_cert, tls().server_key}};
    }
    std::string relay_conf() override { return "smtp_ca = " + tls().ca.string() + "\n"; }
};

TEST_F(StartTlsRelayTest, TheMailGoesOverStartTlsWhenTheRelayOffersIt) {
    ASSERT_EQ(issue().status, 201);
    const auto mails = relay_->wait_for(1, std::chrono::seconds(10));
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_TRUE(mails[0].over_tls);
    EXPECT_NE(body_of(mails[0]).find("https://otp-auth.net/app/"), std::string::npos);
}

}  // namespace
}  // namespace td::test
