#include "admin_change_step.h"
#include "td/core/names.h"

namespace td::core::detail {

namespace {

// Which service's rules a kind of change follows.
enum class Area { staff, policy, stock, retention };

Area area_of(AdminChangeKind kind) {
    switch (kind) {
        case AdminChangeKind::branch_add:
        case AdminChangeKind::staff_add:
        case AdminChangeKind::staff_role:
        case AdminChangeKind::staff_disable:
        case AdminChangeKind::staff_enable:
        case AdminChangeKind::staff_password_reset:
            return Area::staff;
        case AdminChangeKind::policy_set:
            return Area::policy;
        case AdminChangeKind::stock_import:
        case AdminChangeKind::stock_transfer:
        case AdminChangeKind::stock_retire:
            return Area::stock;
        case AdminChangeKind::retention_purge:
            return Area::retention;
    }
    throw Fault("unknown admin change kind");
}

}  // namespace

Check check_change(Transaction& tx, AdminChangeKind kind, const Fields& f,
                   const std::string& maker) {
    switch (area_of(kind)) {
        case Area::staff:
            return check_staff_change(tx, kind, f, maker);
        case Area::policy:
            return check_policy_change(tx, f);
        case Area::stock:
            return check_stock_change(tx, kind, f);
        case Area::retention:
            return check_retention_change(tx, f);
    }
    throw Fault("unknown admin change area");
}

void apply_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f) {
    switch (area_of(c.kind)) {
        case Area::staff:
            return apply_staff_change(ctx, tx, c, f);
        case Area::policy:
            return apply_policy_change(ctx, tx, c, f);
        case Area::stock:
            return apply_stock_change(ctx, tx, c, f);
        case Area::retention:
            return apply_retention_change(ctx, tx, c, f);
    }
    throw Fault("unknown admin change area");
}

std::int64_t active_admins(Transaction& tx) {
    std::int64_t n = 0;
    for (const auto& s : tx.staff().all())
        if (s.role == Role::admin && !s.disabled) ++n;
    return n;
}

Check require_active_admin(Transaction& tx, const Actor& actor) {
    if (auto bad = admin_only(actor)) return bad;
    const auto now = tx.staff().find(actor.staff_id);
    if (!now || now->disabled) return refuse("staff_disabled", "as").with("staff_id", actor.staff_id);
    if (now->role != Role::admin) return refuse("role_not_allowed", "as").with("role", "admin");
    return std::nullopt;
}

std::string change_note(const AdminChange& c) {
    return "change=" + std::to_string(c.id) +
           (c.checker_id.empty() ? " single_admin" : " approved_by=" + c.checker_id);
}

Outcome<AdminChange> enter_change(Context& ctx, Transaction& tx, const std::string& maker,
                                  ChangeDraft draft,
                                  const std::function<void(std::int64_t)>& attach) {
    if (auto bad = check_change(tx, draft.kind, draft.payload, maker)) return *bad;
    if (auto waiting = tx.admin_changes().pending_for(draft.target))
        return refuse("admin_change_pending", "")
            .with("target", draft.target)
            .with("change", std::to_string(waiting->id))
            .with("by", waiting->maker_id);
    AdminChange c;
    c.kind = draft.kind;
    c.target = std::move(draft.target);
    c.summary = std::move(draft.summary);
    c.payload = encode_fields(draft.payload);
    c.maker_id = maker;
    c.entered_at = ctx.clock.now();
    const bool dual = active_admins(tx) >= 2;
    if (!dual) {
        c.state = AdminChangeState::approved;
        c.decided_at = c.entered_at;
    }
    c.id = tx.admin_changes().insert(c);
    if (attach) attach(c.id);
    if (dual) {
        audit(ctx, tx, kSystemChain, maker, "admin_change_entered",
              "admin_change:" + std::to_string(c.id),
              std::string(to_string(c.kind)) + " " + c.target + " " + c.summary);
        return c;
    }
    apply_change(ctx, tx, c, draft.payload);
    return c;
}

}  // namespace td::core::detail
