#include "td/core/admin_service.h"

#include <algorithm>

#include "admin_change_step.h"
#include "td/core/names.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::run_step;

namespace {

std::string change_target(std::int64_t id) {
    return "admin_change:" + std::to_string(id);
}

Refusal already_decided(const AdminChange& c) {
    return refuse("admin_change_decided", "change")
        .with("state", std::string(to_string(c.state)))
        .with("by", c.checker_id.empty() ? c.maker_id : c.checker_id);
}

// Stores the decision unless another step decided the change first; then says who did.
Check claim_decision(Transaction& tx, const AdminChange& decided) {
    if (tx.admin_changes().decide(decided)) return std::nullopt;
    const auto now = tx.admin_changes().find(decided.id);
    if (!now) throw Fault("admin change " + std::to_string(decided.id) + " vanished");
    return already_decided(*now);
}

// What screens may show of a change: a password's hash stays in the database.
AdminChange shown(AdminChange c) {
    c.payload.clear();
    return c;
}

}  // namespace

AdminStatus AdminService::status() {
    AdminStatus s;
    ctx_.store.read([&](Transaction& tx) { s.active_admins = detail::active_admins(tx); });
    s.dual_control = s.active_admins >= 2;
    return s;
}

Outcome<std::vector<AdminChange>> AdminService::pending(const Actor& actor) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    std::vector<AdminChange> out;
    ctx_.store.read([&](Transaction& tx) {
        for (auto& c : tx.admin_changes().list(AdminChangeState::pending, 1000))
            out.push_back(shown(std::move(c)));
    });
    std::reverse(out.begin(), out.end());  // the repository lists newest first
    return out;
}

Outcome<std::vector<AdminChange>> AdminService::history(const Actor& actor, std::size_t limit) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    std::vector<AdminChange> out;
    ctx_.store.read([&](Transaction& tx) {
        for (auto& c : tx.admin_changes().list(std::nullopt, limit))
            out.push_back(shown(std::move(c)));
    });
    return out;
}

Outcome<AdminChange> AdminService::show(const Actor& actor, std::int64_t id) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    std::optional<AdminChange> found;
    ctx_.store.read([&](Transaction& tx) { found = tx.admin_changes().find(id); });
    if (!found) return refuse("unknown_admin_change", "change");
    return shown(std::move(*found));
}

Outcome<AdminChange> AdminService::approve(const Actor& actor, std::int64_t id) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    return run_step<AdminChange>(ctx_.store, [&](Transaction& tx) -> Outcome<AdminChange> {
        if (auto bad = detail::require_active_admin(tx, actor)) return *bad;
        auto c = tx.admin_changes().find(id);
        if (!c) return refuse("unknown_admin_change", "change");
        if (c->state != AdminChangeState::pending) return already_decided(*c);
        // Four eyes while there are four: once the other administrators are gone, the maker's
        // change would have taken effect at once had it been entered now.
        if (actor.staff_id == c->maker_id && detail::active_admins(tx) >= 2)
            return refuse("maker_is_checker_admin", "as");
        const auto fields = detail::decode_fields(c->payload);
        if (auto bad = detail::check_change(tx, c->kind, fields, c->maker_id)) return *bad;
        c->state = AdminChangeState::approved;
        c->checker_id = actor.staff_id;
        c->decided_at = ctx_.clock.now();
        if (auto lost = claim_decision(tx, *c)) return *lost;
        audit(ctx_, tx, kSystemChain, actor.staff_id, "admin_change_approved",
              change_target(id), std::string(to_string(c->kind)) + " " + c->target);
        detail::apply_change(ctx_, tx, *c, fields);
        return shown(std::move(*c));
    });
}

Outcome<AdminChange> AdminService::reject(const Actor& actor, std::int64_t id,
                                          const std::string& reason) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    if (auto bad = check_text("reason", reason, kMaxReasonChars)) return *bad;
    return run_step<AdminChange>(ctx_.store, [&](Transaction& tx) -> Outcome<AdminChange> {
        if (auto bad = detail::require_active_admin(tx, actor)) return *bad;
        auto c = tx.admin_changes().find(id);
        if (!c) return refuse("unknown_admin_change", "change");
        if (c->state != AdminChangeState::pending) return already_decided(*c);
        c->state = AdminChangeState::rejected;
        c->checker_id = actor.staff_id;
        c->decided_at = ctx_.clock.now();
        c->decision_reason = reason;
        if (auto lost = claim_decision(tx, *c)) return *lost;
        if (c->kind == AdminChangeKind::stock_import) tx.devices().settle_import(id, false);
        audit(ctx_, tx, kSystemChain, actor.staff_id, "admin_change_rejected", change_target(id),
              std::string(to_string(c->kind)) + " " + c->target);
        return shown(std::move(*c));
    });
}

}  // namespace td::core
