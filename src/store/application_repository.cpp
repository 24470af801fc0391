#include "application_repository.h"

#include "columns.h"
#include "sql_text.h"
#include "td/core/contract_change.h"

namespace td::store {
namespace {

const Columns kColumns{"kind",
                       "state",
                       "login_id",
                       "contract_number",
                       "branch_code",
                       "form_received_date",
                       "form_seal_checked",
                       "form_identity_checked",
                       "form_visitor_name",
                       "form_visitor_role",
                       "form_memo",
                       "revoke_reason",
                       "details",
                       "start_password_hash",
                       "start_password_generated",
                       "online_issuance",
                       "maker_id",
                       "entered_at",
                       "checker_id",
                       "decided_at",
                       "decision_reason",
                       "token_id",
                       "serial",
                       "contract_change"};
constexpr const char* kKey = "id";

struct ApplicationRow {
    std::string kind, state, login_id, contract_number, branch_code, form_received_date;
    int form_seal_checked = 0, form_identity_checked = 0;
    std::string form_visitor_name;
    NullableText form_visitor_role;
    std::string form_memo;
    NullableText revoke_reason;
    std::string details, start_password_hash;
    int start_password_generated = 0;
    int online_issuance = 0;
    std::string maker_id, entered_at, checker_id;
    NullableText decided_at;
    std::string decision_reason;
    NullableId token_id;
    std::string serial;
    std::string contract_change;
    std::int64_t id = 0;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.kind);
    f(r.state);
    f(r.login_id);
    f(r.contract_number);
    f(r.branch_code);
    f(r.form_received_date);
    f(r.form_seal_checked);
    f(r.form_identity_checked);
    f(r.form_visitor_name);
    f(r.form_visitor_role.text, r.form_visitor_role.ind);
    f(r.form_memo);
    f(r.revoke_reason.text, r.revoke_reason.ind);
    f(r.details);
    f(r.start_password_hash);
    f(r.start_password_generated);
    f(r.online_issuance);
    f(r.maker_id);
    f(r.entered_at);
    f(r.checker_id);
    f(r.decided_at.text, r.decided_at.ind);
    f(r.decision_reason);
    f(r.token_id.value, r.token_id.ind);
    f(r.serial);
    f(r.contract_change);
}

ApplicationRow to_row(const core::Application& a) {
    ApplicationRow r;
    r.kind = enum_column(a.kind);
    r.state = enum_column(a.state);
    r.login_id = a.login_id;
    r.contract_number = a.contract_number;
    r.branch_code = a.branch_code;
    r.form_received_date = a.form.received_date;
    r.form_seal_checked = bool_column(a.form.seal_checked);
    r.form_identity_checked = bool_column(a.form.identity_checked);
    r.form_visitor_name = a.form.visitor_name;
    r.form_visitor_role = optional_enum_column(a.form.visitor_role);
    r.form_memo = a.form.memo;
    r.revoke_reason = optional_enum_column(a.revoke_reason);
    r.details = a.details;
    r.start_password_hash = a.start_password_hash;
    r.start_password_generated = bool_column(a.start_password_generated);
    r.online_issuance = bool_column(a.online_issuance);
    r.maker_id = a.maker_id;
    r.entered_at = time_column(a.entered_at);
    r.checker_id = a.checker_id;
    r.decided_at = optional_time_column(a.decided_at);
    r.decision_reason = a.decision_reason;
    r.token_id = zero_as_null(a.token_id);
    r.serial = a.serial;
    r.contract_change = core::encode_changes(a.contract_changes);
    r.id = a.id;
    return r;
}

core::Application from_row(const ApplicationRow& r) {
    core::Application a;
    a.id = r.id;
    a.kind = enum_from_column<core::ApplicationKind>(r.kind, "applications.kind");
    a.state = enum_from_column<core::ApplicationState>(r.state, "applications.state");
    a.login_id = r.login_id;
    a.contract_number = r.contract_number;
    a.branch_code = r.branch_code;
    a.form.received_date = r.form_received_date;
    a.form.seal_checked = bool_from_column(r.form_seal_checked, "applications.form_seal_checked");
    a.form.identity_checked =
        bool_from_column(r.form_identity_checked, "applications.form_identity_checked");
    a.form.visitor_name = r.form_visitor_name;
    a.form.visitor_role = optional_enum_from_column<core::VisitorRole>(
        r.form_visitor_role, "applications.form_visitor_role");
    a.form.memo = r.form_memo;
    a.revoke_reason = optional_enum_from_column<core::RevokeReason>(r.revoke_reason,
                                                                    "applications.revoke_reason");
    a.details = r.details;
    a.start_password_hash = r.start_password_hash;
    a.start_password_generated =
        bool_from_column(r.start_password_generated, "applications.start_password_generated");
    a.online_issuance = bool_from_column(r.online_issuance, "applications.online_issuance");
    a.maker_id = r.maker_id;
    a.entered_at = time_from_column(r.entered_at, "applications.entered_at");
    a.checker_id = r.checker_id;
    a.decided_at = optional_time_from_column(r.decided_at, "applications.decided_at");
    a.decision_reason = r.decision_reason;
    a.token_id = null_as_zero(r.token_id);
    a.serial = r.serial;
    a.contract_changes = core::decode_changes(r.contract_change);
    return a;
}

std::string select_applications() {
    return select_sql("applications", kColumns, kKey);
}

}  // namespace

std::int64_t SqlApplicationRepository::insert(const core::Application& a) {
    return db_.guard("adding an application", [&] {
        ApplicationRow row = to_row(a);
        Query q(db_.sql);
        bind_in(q, row);
        return insert_returning_id(db_, q, insert_sql("applications", kColumns), "applications");
    });
}

void SqlApplicationRepository::update(const core::Application& a) {
    db_.guard("updating an application", [&] {
        ApplicationRow row = to_row(a);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.id);
        q.run(update_sql("applications", kColumns, kKey));
        require_updated(q, "an application");
    });
}

bool SqlApplicationRepository::decide(const core::Application& a) {
    return db_.guard("deciding an application", [&] {
        ApplicationRow row = to_row(a);
        const std::string entered = enum_column(core::ApplicationState::entered);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.id).in(entered);
        // The state condition is evaluated against the committed row after any concurrent
        // decision's lock is released, so exactly one decision changes the row.
        q.run(update_sql("applications", kColumns, kKey) + " AND state = :entered");
        return q.affected_rows() == 1;
    });
}

std::optional<core::Application> SqlApplicationRepository::find(std::int64_t id) {
    return db_.guard("reading an application", [&]() -> std::optional<core::Application> {
        ApplicationRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        q.in(id);
        if (!q.run(select_applications() + " WHERE id = :id")) return std::nullopt;
        return from_row(row);
    });
}

std::vector<core::Application> SqlApplicationRepository::list(
    const core::ApplicationFilter& filter) {
    return db_.guard("listing applications", [&] {
        ApplicationRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.id);
        // Only the conditions asked for, each bound like any other value.
        const std::string state = filter.state ? enum_column(*filter.state) : std::string{};
        Where where(q);
        if (filter.state) where.add("state = :state", state);
        if (filter.branch_code) where.add("branch_code = :branch_code", *filter.branch_code);
        if (filter.login_id) where.add("login_id = :login_id", *filter.login_id);
        // Instants are stored as fixed-width UTC text, so text order is time order.
        const std::string from = filter.active_from ? time_column(*filter.active_from) : "";
        const std::string until =
            filter.active_until ? time_column(*filter.active_until) : "9999-12-31T23:59:59Z";
        if (filter.active_from || filter.active_until) {
            where.add(
                "((entered_at >= :f1 AND entered_at < :u1) OR"
                " (decided_at IS NOT NULL AND decided_at >= :f2 AND decided_at < :u2))");
            q.in(from).in(until).in(from).in(until);
        }
        if (filter.not_printed_as)
            where.add(
                "NOT EXISTS (SELECT 1 FROM prints p WHERE p.application_id = applications.id"
                " AND p.document = :document)",
                *filter.not_printed_as);
        return fetch_all(q, row, select_applications() + where.text() + " ORDER BY id", from_row);
    });
}

}  // namespace td::store
