#include "staff_repository.h"

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

const Columns kColumns{"name",          "branch_code", "role",    "password_hash",
                       "failed_logins", "locked",      "disabled"};
constexpr const char* kKey = "id";

struct StaffRow {
    std::string name, branch_code, role, password_hash;
    int failed_logins = 0;
    int locked = 0;
    int disabled = 0;
    std::string id;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.name);
    f(r.branch_code);
    f(r.role);
    f(r.password_hash);
    f(r.failed_logins);
    f(r.locked);
    f(r.disabled);
}

StaffRow to_row(const core::Staff& s) {
    return {s.name,
            s.branch_code,
            enum_column(s.role),
            s.password_hash,
            s.failed_logins,
            bool_column(s.locked),
            bool_column(s.disabled),
            s.id};
}

core::Staff from_row(const StaffRow& r) {
    return {r.id,
            r.name,
            r.branch_code,
            enum_from_column<core::Role>(r.role, "staff.role"),
            r.password_hash,
            r.failed_logins,
            bool_from_column(r.locked, "staff.locked"),
            bool_from_column(r.disabled, "staff.disabled")};
}

}  // namespace

std::optional<core::Staff> SqlStaffRepository::find(const std::string& id) {
    return db_.guard("reading a staff member", [&]() -> std::optional<core::Staff> {
        StaffRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        q.in(id);
        if (!q.run(select_sql("staff", kColumns, kKey) + " WHERE id = :id")) return std::nullopt;
        return from_row(row);
    });
}

void SqlStaffRepository::insert(const core::Staff& s) {
    db_.guard("adding a staff member", [&] {
        StaffRow row = to_row(s);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.id);
        q.run(insert_sql("staff", kColumns, kKey));
    });
}

void SqlStaffRepository::update(const core::Staff& s) {
    db_.guard("updating a staff member", [&] {
        StaffRow row = to_row(s);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.id);
        q.run(update_sql("staff", kColumns, kKey));
        require_updated(q, "a staff member");
    });
}

std::int64_t SqlStaffRepository::count() {
    return db_.guard("counting staff", [&] { return count_rows(db_, "staff"); });
}

std::vector<core::Staff> SqlStaffRepository::all() {
    return db_.guard("listing staff", [&] {
        StaffRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        return fetch_all(q, row, select_sql("staff", kColumns, kKey) + " ORDER BY id", from_row);
    });
}

std::optional<std::string> SqlStaffRepository::key_ignoring_case(const std::string& id) {
    return store::key_ignoring_case(db_, "staff", "id", id);
}

}  // namespace td::store
