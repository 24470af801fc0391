// The mail outbox, on every backend: queued, due, claimed by exactly one sender, retried later,
// sent or given up.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class MailOutboxTest : public StoreTest {};
TD_STORE_TEST_SUITE(MailOutboxTest);

core::OutgoingMail mail(const std::string& login) {
    core::OutgoingMail m;
    m.login_id = login;
    m.service_id = "SEIKYO01";
    m.to = login + "@docomo.ne.jp";
    m.subject = "【成協信用組合】ワンタイムパスワードアプリのダウンロードのご案内";
    m.body = "下記のURLからダウンロードしてください。\nhttps://otp-auth.net/app/\n";
    m.queued_at = kIssued;
    m.next_attempt_at = kIssued;
    return m;
}

TEST_P(MailOutboxTest, AUsersMailsAreForgottenSentOrNot) {
    commit([&](core::Transaction& tx) {
        tx.mail_outbox().insert(mail("u1"));
        auto sent = mail("u1");
        sent.sent_at = kIssued;
        tx.mail_outbox().insert(sent);
        tx.mail_outbox().insert(mail("u2"));
    });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.mail_outbox().forget_for("u1"); }), 2);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.mail_outbox().forget_for("u1"); }), 2)
        << "a read rolls back";
    commit([](core::Transaction& tx) { EXPECT_EQ(tx.mail_outbox().forget_for("u1"), 2); });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.mail_outbox().pending(); }), 1);
}

TEST_P(MailOutboxTest, QueuedMailsAreDueInOrderAndKeepTheirText) {
    std::int64_t first = 0, second = 0;
    commit([&](core::Transaction& tx) {
        first = tx.mail_outbox().insert(mail("u1"));
        auto later = mail("u2");
        later.next_attempt_at = kIssued + std::chrono::minutes(5);
        second = tx.mail_outbox().insert(later);
    });
    EXPECT_GT(second, first);
    const auto due = read([](core::Transaction& tx) { return tx.mail_outbox().due(kIssued, 10); });
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].id, first);
    EXPECT_EQ(due[0].subject, mail("u1").subject);
    EXPECT_EQ(due[0].body, mail("u1").body);
    EXPECT_EQ(due[0].to, "u1@docomo.ne.jp");
    EXPECT_FALSE(due[0].sent_at);
    EXPECT_EQ(read([&](core::Transaction& tx) {
                  return tx.mail_outbox().due(kIssued + std::chrono::minutes(5), 10);
              }).size(),
              2u);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.mail_outbox().pending(); }), 2);
}

TEST_P(MailOutboxTest, OnlyOneClaimWinsAndAClaimedMailIsNotDueUntilItsLeaseEnds) {
    std::int64_t id = 0;
    commit([&](core::Transaction& tx) { id = tx.mail_outbox().insert(mail("u1")); });
    const auto lease = kIssued + std::chrono::minutes(5);
    bool a = false, b = false;
    commit([&](core::Transaction& tx) { a = tx.mail_outbox().claim(id, 0, kIssued, lease); });
    commit([&](core::Transaction& tx) { b = tx.mail_outbox().claim(id, 0, kIssued, lease); });
    EXPECT_TRUE(a);
    EXPECT_FALSE(b);
    EXPECT_TRUE(
        read([](core::Transaction& tx) { return tx.mail_outbox().due(kIssued, 10); }).empty());
}

TEST_P(MailOutboxTest, AttemptsAreRecordedUntilSentOrGivenUp) {
    std::int64_t sent_id = 0, dropped_id = 0;
    commit([&](core::Transaction& tx) {
        sent_id = tx.mail_outbox().insert(mail("u1"));
        dropped_id = tx.mail_outbox().insert(mail("u2"));
    });
    commit([&](core::Transaction& tx) {
        auto m = *tx.mail_outbox().find(sent_id);
        m.attempts = 2;
        m.sent_at = kIssued + std::chrono::minutes(3);
        tx.mail_outbox().update(m);
        auto d = *tx.mail_outbox().find(dropped_id);
        d.attempts = 10;
        d.last_error = "Failure when receiving data from the peer";
        d.given_up = true;
        tx.mail_outbox().update(d);
    });
    const auto sent = read([&](core::Transaction& tx) { return tx.mail_outbox().find(sent_id); });
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->attempts, 2);
    EXPECT_EQ(sent->sent_at, kIssued + std::chrono::minutes(3));
    const auto dropped =
        read([&](core::Transaction& tx) { return tx.mail_outbox().find(dropped_id); });
    EXPECT_TRUE(dropped->given_up);
    EXPECT_EQ(dropped->last_error, "Failure when receiving data from the peer");
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.mail_outbox().pending(); }), 0);
    EXPECT_TRUE(read([](core::Transaction& tx) {
                    return tx.mail_outbox().due(kIssued + std::chrono::hours(24), 10);
                }).empty());
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.mail_outbox().find(999); }));
}

}  // namespace
}  // namespace td::store::test
