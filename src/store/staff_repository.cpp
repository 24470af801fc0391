#include "staff_repository.h"

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

const Columns kColumns{"name",     "branch_code",          "role",           "password_hash",
                       "failed_logins", "locked", "disabled", "must_change_password",
                       "password_set_at"};
constexpr const char* kKey = "id";

struct StaffRow {
    std::string name, branch_code, role, password_hash;
    int failed_logins = 0;
    int locked = 0;
    int disabled = 0;
    int must_change_password = 0;
    NullableText password_set_at;
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
    f(r.must_change_password);
    f(r.password_set_at.text, r.password_set_at.ind);
}

StaffRow to_row(const core::Staff& s) {
    return {s.name,
            s.branch_code,
            enum_column(s.role),
            s.password_hash,
            s.failed_logins,
            bool_column(s.locked),
            bool_column(s.disabled),
            bool_column(s.must_change_password),
            optional_time_column(s.password_set_at),
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
            bool_from_column(r.disabled, "staff.disabled"),
            bool_from_column(r.must_change_password, "staff.must_change_password"),
            optional_time_from_column(r.password_set_at, "staff.password_set_at")};
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

std::vector<std::string> SqlStaffRepository::earlier_passwords(const std::string& id,
                                                               std::size_t limit) {
    return db_.guard("reading earlier staff passwords", [&] {
        std::vector<std::string> out;
        if (limit == 0) return out;
        std::string hash;
        Query q(db_.sql);
        q.out(hash);
        q.in(id);
        q.open("SELECT password_hash FROM staff_password_history WHERE staff_id = :id"
               " ORDER BY seq DESC");
        while (out.size() < limit && q.next()) out.push_back(hash);
        return out;
    });
}

void SqlStaffRepository::keep_earlier_password(const std::string& id, const std::string& hash,
                                               core::TimePoint replaced_at, std::size_t keep) {
    db_.guard("keeping an earlier staff password", [&] {
        std::int64_t seq = 0;
        {
            Query q(db_.sql);
            q.out(seq);
            q.in(id);
            q.run("SELECT COALESCE(MAX(seq), 0) FROM staff_password_history WHERE staff_id = :id");
        }
        ++seq;
        const std::string at = time_column(replaced_at);
        {
            Query q(db_.sql);
            q.in(id).in(seq).in(at).in(hash);
            q.run("INSERT INTO staff_password_history (staff_id, seq, replaced_at, password_hash)"
                  " VALUES (:id, :seq, :at, :hash)");
        }
        // Hashes past the policy's count are of no use, and no use is the safest.
        const std::int64_t oldest_kept = seq - static_cast<std::int64_t>(keep);
        Query q(db_.sql);
        q.in(id).in(oldest_kept);
        q.run("DELETE FROM staff_password_history WHERE staff_id = :id AND seq <= :oldest");
    });
}

std::optional<std::string> SqlStaffRepository::key_ignoring_case(const std::string& id) {
    return store::key_ignoring_case(db_, "staff", "id", id);
}

}  // namespace td::store
