#include "token_repository.h"

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

const Columns kColumns{"kind",
                       "login_id",
                       "service_id",
                       "token_user_id",
                       "serial",
                       "mobile_email",
                       "sealed_seed",
                       "mode",
                       "algorithm",
                       "digits",
                       "period",
                       "counter",
                       "start_password_hash",
                       "activation_failures",
                       "state",
                       "issued_at",
                       "activated_at",
                       "ended_at",
                       "end_reason",
                       "application_id"};
constexpr const char* kKey = "id";

struct TokenRow {
    std::string kind, login_id, service_id;
    NullableText token_user_id;
    std::string serial, mobile_email, sealed_seed, mode, algorithm;
    int digits = 0, period = 0;
    std::int64_t counter = 0;
    std::string start_password_hash;
    int activation_failures = 0;
    std::string state, issued_at;
    NullableText activated_at, ended_at;
    std::string end_reason;
    NullableId application_id;
    std::int64_t id = 0;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.kind);
    f(r.login_id);
    f(r.service_id);
    f(r.token_user_id.text, r.token_user_id.ind);
    f(r.serial);
    f(r.mobile_email);
    f(r.sealed_seed);
    f(r.mode);
    f(r.algorithm);
    f(r.digits);
    f(r.period);
    f(r.counter);
    f(r.start_password_hash);
    f(r.activation_failures);
    f(r.state);
    f(r.issued_at);
    f(r.activated_at.text, r.activated_at.ind);
    f(r.ended_at.text, r.ended_at.ind);
    f(r.end_reason);
    f(r.application_id.value, r.application_id.ind);
}

TokenRow to_row(const core::Token& t) {
    TokenRow r;
    r.kind = enum_column(t.kind);
    r.login_id = t.login_id;
    r.service_id = t.service_id;
    r.token_user_id = empty_as_null(t.token_user_id);
    r.serial = t.serial;
    r.mobile_email = t.mobile_email;
    r.sealed_seed = hex_column(t.sealed_seed);
    r.mode = enum_column(t.mode);
    r.algorithm = enum_column(t.algorithm);
    r.digits = t.digits;
    r.period = t.period;
    r.counter = t.counter;
    r.start_password_hash = t.start_password_hash;
    r.activation_failures = t.activation_failures;
    r.state = enum_column(t.state);
    r.issued_at = time_column(t.issued_at);
    r.activated_at = optional_time_column(t.activated_at);
    r.ended_at = optional_time_column(t.ended_at);
    r.end_reason = t.end_reason;
    r.application_id = zero_as_null(t.application_id);
    r.id = t.id;
    return r;
}

core::Token from_row(const TokenRow& r) {
    core::Token t;
    t.id = r.id;
    t.kind = enum_from_column<core::TokenKind>(r.kind, "tokens.kind");
    t.login_id = r.login_id;
    t.service_id = r.service_id;
    t.token_user_id = null_as_empty(r.token_user_id);
    t.serial = r.serial;
    t.mobile_email = r.mobile_email;
    t.sealed_seed = bytes_from_column(r.sealed_seed, "tokens.sealed_seed");
    t.mode = enum_from_column<core::OtpMode>(r.mode, "tokens.mode");
    t.algorithm = enum_from_column<core::HashAlgorithm>(r.algorithm, "tokens.algorithm");
    t.digits = r.digits;
    t.period = r.period;
    t.counter = r.counter;
    t.start_password_hash = r.start_password_hash;
    t.activation_failures = r.activation_failures;
    t.state = enum_from_column<core::TokenState>(r.state, "tokens.state");
    t.issued_at = time_from_column(r.issued_at, "tokens.issued_at");
    t.activated_at = optional_time_from_column(r.activated_at, "tokens.activated_at");
    t.ended_at = optional_time_from_column(r.ended_at, "tokens.ended_at");
    t.end_reason = r.end_reason;
    t.application_id = null_as_zero(r.application_id);
    return t;
}

std::string select_tokens() {
    return select_sql("tokens", kColumns, kKey);
}

}  // namespace

std::optional<core::Token> SqlTokenRepository::find(std::int64_t id) {
    return db_.guard("reading a token", [&]() -> std::optional<core::Token> {
        TokenRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        q.in(id);
        if (!q.run(select_tokens() + " WHERE id = :id")) return std::nullopt;
        return from_row(row);
    });
}

std::optional<core::Token> SqlTokenRepository::find_by_token_user_id(
    const std::string& token_user_id) {
    // Empty means "none" and is stored as NULL, which no comparison matches.
    if (token_user_id.empty()) return std::nullopt;
    return db_.guard("reading a token", [&]() -> std::optional<core::Token> {
        TokenRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        q.in(token_user_id);
        if (!q.run(select_tokens() + " WHERE token_user_id = :token_user_id")) return std::nullopt;
        return from_row(row);
    });
}

std::vector<core::Token> SqlTokenRepository::for_user(const std::string& login_id) {
    return db_.guard("listing a user's tokens", [&] {
        TokenRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        q.in(login_id);
        // Ids grow with time, so id order is issuance order.
        return fetch_all(q, row, select_tokens() + " WHERE login_id = :login_id ORDER BY id",
                         from_row);
    });
}

std::int64_t SqlTokenRepository::count_live_software_by_email(const std::string& email) {
    return db_.guard("counting tokens by e-mail address", [&] {
        const std::string software = enum_column(core::TokenKind::software);
        const std::string issued = enum_column(core::TokenState::issued);
        const std::string active = enum_column(core::TokenState::active);
        std::int64_t n = 0;
        Query q(db_.sql);
        q.out(n).in(email).in(issued).in(active).in(software);
        q.run(
            "SELECT COUNT(*) FROM tokens WHERE mobile_email = :email"
            " AND state IN (:issued, :active) AND kind = :kind");
        return n;
    });
}

std::int64_t SqlTokenRepository::insert(const core::Token& t) {
    return db_.guard("adding a token", [&] {
        TokenRow row = to_row(t);
        Query q(db_.sql);
        bind_in(q, row);
        return insert_returning_id(db_, q, insert_sql("tokens", kColumns), "tokens");
    });
}

void SqlTokenRepository::update(const core::Token& t) {
    db_.guard("updating a token", [&] {
        TokenRow row = to_row(t);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.id);
        q.run(update_sql("tokens", kColumns, kKey));
        require_updated(q, "a token");
    });
}

bool SqlTokenRepository::advance_counter(std::int64_t token_id, std::int64_t from,
                                         std::int64_t to) {
    return db_.guard("moving a token's OTP counter", [&] {
        // On PostgreSQL a second writer waits for the first's row lock and then re-reads the
        // row, so the condition sees the committed counter (READ COMMITTED).
        Query q(db_.sql);
        q.in(to).in(token_id).in(from);
        q.run("UPDATE tokens SET counter = :to WHERE id = :id AND counter = :from");
        return q.affected_rows() == 1;
    });
}

std::vector<core::Token> SqlTokenRepository::all() {
    return db_.guard("listing tokens", [&] {
        TokenRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        return fetch_all(q, row, select_tokens() + " ORDER BY id", from_row);
    });
}

}  // namespace td::store
