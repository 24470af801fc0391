#include "admin_change_repository.h"

#include "columns.h"

namespace td::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, kind, state, target, summary, payload, maker_id, entered_at, checker_id,"
    " decided_at, decision_reason FROM admin_changes ";

}  // namespace

std::int64_t SqlAdminChangeRepository::insert(const core::AdminChange& c) {
    return db_.guard("entering an administrative change", [&] {
        const std::string kind = enum_column(c.kind);
        const std::string state = enum_column(c.state);
        const std::string entered = time_column(c.entered_at);
        NullableText checker = empty_as_null(c.checker_id);
        NullableText decided = optional_time_column(c.decided_at);
        Query q(db_.sql);
        q.in(kind).in(state).in(c.target).in(c.summary).in(c.payload).in(c.maker_id);
        q.in(entered).in(checker.text, checker.ind).in(decided.text, decided.ind);
        q.in(c.decision_reason);
        return insert_returning_id(
            db_, q,
            "INSERT INTO admin_changes (kind, state, target, summary, payload, maker_id,"
            " entered_at, checker_id, decided_at, decision_reason) VALUES (:kind, :state,"
            " :target, :summary, :payload, :maker_id, :entered_at, :checker_id, :decided_at,"
            " :decision_reason)",
            "admin_changes");
    });
}

std::vector<core::AdminChange> SqlAdminChangeRepository::select(
    const std::string& where_and_order, const std::function<void(Query&)>& bind) {
    std::vector<core::AdminChange> out;
    core::AdminChange c;
    std::string kind, state, entered, payload;
    NullableText checker, decided;
    Query q(db_.sql);
    bind(q);
    q.out(c.id).out(kind).out(state).out(c.target).out(c.summary).out(payload).out(c.maker_id);
    q.out(entered).out(checker.text, checker.ind).out(decided.text, decided.ind);
    q.out(c.decision_reason);
    q.open(kSelect + where_and_order);
    while (q.next()) {
        c.kind = enum_from_column<core::AdminChangeKind>(kind, "admin_changes.kind");
        c.state = enum_from_column<core::AdminChangeState>(state, "admin_changes.state");
        c.payload = payload;
        c.entered_at = time_from_column(entered, "admin_changes.entered_at");
        c.checker_id = null_as_empty(checker);
        c.decided_at = optional_time_from_column(decided, "admin_changes.decided_at");
        out.push_back(c);
    }
    return out;
}

std::optional<core::AdminChange> SqlAdminChangeRepository::find(std::int64_t id) {
    return db_.guard("reading an administrative change", [&]() -> std::optional<core::AdminChange> {
        auto found = select("WHERE id = :id", [&](Query& q) { q.in(id); });
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

bool SqlAdminChangeRepository::decide(const core::AdminChange& c) {
    return db_.guard("deciding an administrative change", [&] {
        // As with applications: a second decider waits for the first's row lock, then finds the
        // change no longer pending.
        const std::string state = enum_column(c.state);
        const std::string pending = enum_column(core::AdminChangeState::pending);
        NullableText checker = empty_as_null(c.checker_id);
        NullableText decided = optional_time_column(c.decided_at);
        Query q(db_.sql);
        q.in(state).in(checker.text, checker.ind).in(decided.text, decided.ind);
        q.in(c.decision_reason).in(c.id).in(pending);
        q.run(
            "UPDATE admin_changes SET state = :state, checker_id = :checker_id,"
            " decided_at = :decided_at, decision_reason = :decision_reason"
            " WHERE id = :id AND state = :pending");
        return q.affected_rows() == 1;
    });
}

std::optional<core::AdminChange> SqlAdminChangeRepository::pending_for(const std::string& target) {
    return db_.guard("reading a pending change", [&]() -> std::optional<core::AdminChange> {
        const std::string pending = enum_column(core::AdminChangeState::pending);
        auto found = select("WHERE target = :target AND state = :pending",
                            [&](Query& q) { q.in(target).in(pending); });
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

std::vector<core::AdminChange> SqlAdminChangeRepository::list(
    const std::optional<core::AdminChangeState>& state, std::size_t limit) {
    if (limit == 0) return {};
    return db_.guard("listing administrative changes", [&] {
        const std::string order = " ORDER BY id DESC LIMIT " + std::to_string(limit);
        if (!state) return select(order, [](Query&) {});
        const std::string wanted = enum_column(*state);
        return select("WHERE state = :state" + order, [&](Query& q) { q.in(wanted); });
    });
}

}  // namespace td::store
