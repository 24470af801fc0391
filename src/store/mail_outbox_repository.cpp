#include "mail_outbox_repository.h"

#include "columns.h"

namespace td::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, login_id, service_id, recipient, subject, body, queued_at, next_attempt_at,"
    " attempts, last_error, sent_at, given_up FROM mail_outbox ";

}  // namespace

std::int64_t SqlMailOutboxRepository::insert(const core::OutgoingMail& m) {
    return db_.guard("queueing a mail", [&] {
        const std::string queued = time_column(m.queued_at);
        const std::string next = time_column(m.next_attempt_at);
        NullableText sent = optional_time_column(m.sent_at);
        const int given_up = bool_column(m.given_up);
        Query q(db_.sql);
        q.in(m.login_id).in(m.service_id).in(m.to).in(m.subject).in(m.body).in(queued).in(next);
        q.in(m.attempts).in(m.last_error).in(sent.text, sent.ind);
        q.in(given_up);
        return insert_returning_id(
            db_, q,
            "INSERT INTO mail_outbox (login_id, service_id, recipient, subject, body, queued_at,"
            " next_attempt_at, attempts, last_error, sent_at, given_up) VALUES (:login_id,"
            " :service_id, :recipient, :subject, :body, :queued_at, :next_attempt_at, :attempts,"
            " :last_error, :sent_at, :given_up)",
            "mail_outbox");
    });
}

std::vector<core::OutgoingMail> SqlMailOutboxRepository::select(
    const std::string& where_and_order, const std::function<void(Query&)>& bind) {
    std::vector<core::OutgoingMail> out;
    core::OutgoingMail m;
    std::string queued, next, body;
    NullableText sent;
    int given_up = 0;
    Query q(db_.sql);
    bind(q);
    q.out(m.id).out(m.login_id).out(m.service_id).out(m.to).out(m.subject).out(body);
    q.out(queued).out(next).out(m.attempts).out(m.last_error).out(sent.text, sent.ind);
    q.out(given_up);
    q.open(kSelect + where_and_order);
    while (q.next()) {
        m.body = body;
        m.queued_at = time_from_column(queued, "mail_outbox.queued_at");
        m.next_attempt_at = time_from_column(next, "mail_outbox.next_attempt_at");
        m.sent_at = optional_time_from_column(sent, "mail_outbox.sent_at");
        m.given_up = bool_from_column(given_up, "mail_outbox.given_up");
        out.push_back(m);
    }
    return out;
}

std::optional<core::OutgoingMail> SqlMailOutboxRepository::find(std::int64_t id) {
    return db_.guard("reading a mail", [&]() -> std::optional<core::OutgoingMail> {
        auto found = select("WHERE id = :id", [&](Query& q) { q.in(id); });
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

std::vector<core::OutgoingMail> SqlMailOutboxRepository::due(core::TimePoint now,
                                                             std::size_t limit) {
    if (limit == 0) return {};
    return db_.guard("reading the mails due", [&] {
        const std::string at = time_column(now);
        return select(
            "WHERE sent_at IS NULL AND given_up = 0 AND next_attempt_at <= :now"
            " ORDER BY next_attempt_at, id LIMIT " +
                std::to_string(limit),
            [&](Query& q) { q.in(at); });
    });
}

bool SqlMailOutboxRepository::claim(std::int64_t id, int attempts, core::TimePoint now,
                                    core::TimePoint until) {
    return db_.guard("claiming a mail", [&] {
        const std::string at = time_column(now);
        const std::string next = time_column(until);
        Query q(db_.sql);
        q.in(next).in(id).in(attempts).in(at);
        q.run(
            "UPDATE mail_outbox SET next_attempt_at = :until WHERE id = :id"
            " AND attempts = :attempts AND sent_at IS NULL AND given_up = 0"
            " AND next_attempt_at <= :now");
        return q.affected_rows() == 1;
    });
}

void SqlMailOutboxRepository::update(const core::OutgoingMail& m) {
    db_.guard("recording a mail attempt", [&] {
        const std::string next = time_column(m.next_attempt_at);
        NullableText sent = optional_time_column(m.sent_at);
        const int given_up = bool_column(m.given_up);
        Query q(db_.sql);
        q.in(next).in(m.attempts).in(m.last_error);
        q.in(sent.text, sent.ind).in(given_up).in(m.id);
        q.run(
            "UPDATE mail_outbox SET next_attempt_at = :next_attempt_at, attempts = :attempts,"
            " last_error = :last_error, sent_at = :sent_at, given_up = :given_up WHERE id = :id");
    });
}

std::int64_t SqlMailOutboxRepository::pending() {
    return db_.guard("counting the mails pending", [&] {
        std::int64_t n = 0;
        Query q(db_.sql);
        q.out(n);
        q.run("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up = 0");
        return n;
    });
}

std::int64_t SqlMailOutboxRepository::forget_for(const std::string& login_id) {
    return db_.guard("removing a user's mails", [&] {
        Query q(db_.sql);
        q.in(login_id);
        q.run("DELETE FROM mail_outbox WHERE login_id = :login_id");
        return static_cast<std::int64_t>(q.affected_rows());
    });
}

}  // namespace td::store
