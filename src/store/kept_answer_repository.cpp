#include "kept_answer_repository.h"

#include "columns.h"

namespace td::store {

std::optional<core::KeptAnswer> SqlKeptAnswerRepository::find(const std::string& host,
                                                              const std::string& key) {
    return db_.guard("reading a kept answer", [&]() -> std::optional<core::KeptAnswer> {
        core::KeptAnswer a;
        std::string body, kept_at;
        Query q(db_.sql);
        q.out(a.request_mac).out(a.status).out(body).out(kept_at).in(host).in(key);
        if (!q.run("SELECT request_mac, status, sealed_body, kept_at FROM kept_answers"
                   " WHERE host = :host AND idempotency_key = :idempotency_key"))
            return std::nullopt;
        a.host = host;
        a.key = key;
        a.sealed_body = bytes_from_column(body, "kept_answers.sealed_body");
        a.kept_at = time_from_column(kept_at, "kept_answers.kept_at");
        return a;
    });
}

void SqlKeptAnswerRepository::insert(const core::KeptAnswer& a) {
    db_.guard("keeping an answer", [&] {
        const std::string body = hex_column(a.sealed_body);
        const std::string kept_at = time_column(a.kept_at);
        Query q(db_.sql);
        q.in(a.host).in(a.key).in(a.request_mac).in(a.status).in(body).in(kept_at);
        q.run(
            "INSERT INTO kept_answers (host, idempotency_key, request_mac, status, sealed_body,"
            " kept_at) VALUES (:host, :idempotency_key, :request_mac, :status, :sealed_body,"
            " :kept_at)");
    });
}

void SqlKeptAnswerRepository::forget_before(core::TimePoint before) {
    db_.guard("forgetting old kept answers", [&] {
        const std::string at = time_column(before);
        Query q(db_.sql);
        q.in(at);
        q.run("DELETE FROM kept_answers WHERE kept_at < :before");
    });
}

}  // namespace td::store
