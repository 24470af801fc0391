#include "user_repository.h"

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

const Columns kColumns{"contract_number", "name",      "kind",
                       "mobile_email",    "otp_state", "fail_count"};
constexpr const char* kKey = "login_id";

struct UserRow {
    std::string contract_number, name, kind, mobile_email, otp_state;
    int fail_count = 0;
    std::string login_id;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.contract_number);
    f(r.name);
    f(r.kind);
    f(r.mobile_email);
    f(r.otp_state);
    f(r.fail_count);
}

UserRow to_row(const core::User& u) {
    return {u.contract_number,        u.name,       enum_column(u.kind), u.mobile_email,
            enum_column(u.otp_state), u.fail_count, u.login_id};
}

core::User from_row(const UserRow& r) {
    return {r.login_id,     r.contract_number,
            r.name,         enum_from_column<core::UserKind>(r.kind, "users.kind"),
            r.mobile_email, enum_from_column<core::OtpState>(r.otp_state, "users.otp_state"),
            r.fail_count};
}

}  // namespace

std::optional<core::User> SqlUserRepository::find(const std::string& login_id) {
    return read_one(login_id, "");
}

std::optional<core::User> SqlUserRepository::find_for_update(const std::string& login_id) {
    // SQLite: BEGIN IMMEDIATE already serialises writers; the suffix is empty there.
    return read_one(login_id, db_.dialect.lock_rows_suffix);
}

std::optional<core::User> SqlUserRepository::read_one(const std::string& login_id,
                                                      const std::string& suffix) {
    return db_.guard("reading a user", [&]() -> std::optional<core::User> {
        UserRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.login_id);
        q.in(login_id);
        if (!q.run(select_sql("users", kColumns, kKey) + " WHERE login_id = :login_id" + suffix))
            return std::nullopt;
        return from_row(row);
    });
}

void SqlUserRepository::insert(const core::User& u) {
    db_.guard("adding a user", [&] {
        UserRow row = to_row(u);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.login_id);
        q.run(insert_sql("users", kColumns, kKey));
    });
}

void SqlUserRepository::update(const core::User& u) {
    db_.guard("updating a user", [&] {
        UserRow row = to_row(u);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.login_id);
        q.run(update_sql("users", kColumns, kKey));
        require_updated(q, "a user");
    });
}

std::vector<core::User> SqlUserRepository::by_contract(const std::string& contract_number) {
    return db_.guard("listing a contract's users", [&] {
        UserRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.login_id);
        q.in(contract_number);
        return fetch_all(q, row,
                         select_sql("users", kColumns, kKey) +
                             " WHERE contract_number = :contract_number ORDER BY login_id",
                         from_row);
    });
}

std::vector<core::User> SqlUserRepository::locked_masters(const std::string& branch_code) {
    return db_.guard("listing locked master users", [&] {
        UserRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.login_id);
        // Bound by reference until the statement runs: named, not temporaries.
        const std::string master = enum_column(core::UserKind::master);
        const std::string locked = enum_column(core::OtpState::locked);
        q.in(master).in(locked).in(branch_code);
        return fetch_all(q, row,
                         select_sql("users", kColumns, kKey) +
                             " WHERE kind = :kind AND otp_state = :state AND contract_number IN"
                             " (SELECT number FROM contracts WHERE branch_code = :branch)"
                             " ORDER BY login_id",
                         from_row);
    });
}

std::optional<std::string> SqlUserRepository::key_ignoring_case(const std::string& login_id) {
    return store::key_ignoring_case(db_, "users", "login_id", login_id);
}

}  // namespace td::store
