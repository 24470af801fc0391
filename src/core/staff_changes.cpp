// The rules of branch and staff changes, kept at entry and again at approval.
#include "admin_change_step.h"
#include "staff_passwords.h"
#include "td/core/names.h"

namespace td::core::detail {
namespace {

Role role_of(const Fields& f) {
    const auto role = parse_enum<Role>(field_of(f, "role"));
    if (!role) throw Fault("admin change payload: bad role");
    return *role;
}

// Someone must always be able to sign in and administer: the last active administrator is
// neither demoted nor disabled.
Check keeps_an_admin(Transaction& tx, const Staff& s) {
    if (s.role == Role::admin && !s.disabled && active_admins(tx) <= 1)
        return refuse("last_admin", "id").with("staff_id", s.id);
    return std::nullopt;
}

Check check_branch_add(Transaction& tx, const Fields& f) {
    const auto& code = field_of(f, "code");
    if (tx.branches().find(code)) return refuse("already_exists", "code").with("existing", code);
    return std::nullopt;
}

Check check_staff_add(Transaction& tx, const Fields& f, const std::string& maker) {
    if (maker == kSetupActor && tx.staff().count() == 0 && role_of(f) != Role::admin)
        return refuse("bootstrap_needs_admin", "role");
    if (!tx.branches().find(field_of(f, "branch"))) return refuse("unknown_branch", "branch");
    if (auto taken = tx.staff().key_ignoring_case(field_of(f, "id")))
        return refuse("already_exists", "id").with("existing", *taken);
    return std::nullopt;
}

Check check_existing(Transaction& tx, AdminChangeKind kind, const Fields& f,
                     const std::string& maker) {
    const auto staff = tx.staff().find(field_of(f, "id"));
    if (!staff) return refuse("unknown_staff", "id");
    const bool own = staff->id == maker;
    switch (kind) {
        case AdminChangeKind::staff_role:
            if (own) return refuse("own_account", "id");
            if (staff->role == role_of(f))
                return refuse("no_change", "role").with("value", field_of(f, "role"));
            if (role_of(f) != Role::admin) return keeps_an_admin(tx, *staff);
            return std::nullopt;
        case AdminChangeKind::staff_disable:
            if (own) return refuse("own_account", "id");
            if (staff->disabled) return refuse("already_disabled", "id");
            return keeps_an_admin(tx, *staff);
        case AdminChangeKind::staff_enable:
            if (!staff->disabled) return refuse("not_disabled", "id");
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

void apply_existing(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f) {
    auto s = tx.staff().find(field_of(f, "id"));
    if (!s) throw Fault("staff vanished after its check");
    std::string action, detail;
    switch (c.kind) {
        case AdminChangeKind::staff_role:
            detail = "from=" + std::string(to_string(s->role)) + " to=" + field_of(f, "role");
            s->role = role_of(f);
            action = "staff_role_changed";
            break;
        case AdminChangeKind::staff_disable:
            s->disabled = true;
            action = "staff_disabled";
            break;
        case AdminChangeKind::staff_enable:
            s->disabled = false;
            action = "staff_enabled";
            break;
        case AdminChangeKind::staff_password_reset: {
            const Policy policy = load_policy(tx);
            replace_password(ctx, tx, *s, field_of(f, "password_hash"), policy);
            // Someone else chose it, so someone else knows it.
            s->must_change_password = c.maker_id != s->id;
            action = "staff_password_reset";
            break;
        }
        default:
            throw Fault("not a change of an existing staff member");
    }
    tx.staff().update(*s);
    if (!detail.empty()) detail += " ";
    audit(ctx, tx, s->branch_code, c.maker_id, action, "staff:" + s->id, detail + change_note(c));
}

}  // namespace

Check check_staff_change(Transaction& tx, AdminChangeKind kind, const Fields& f,
                         const std::string& maker) {
    switch (kind) {
        case AdminChangeKind::branch_add:
            return check_branch_add(tx, f);
        case AdminChangeKind::staff_add:
            return check_staff_add(tx, f, maker);
        default:
            return check_existing(tx, kind, f, maker);
    }
}

void apply_staff_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f) {
    if (c.kind == AdminChangeKind::branch_add) {
        Branch b{field_of(f, "code"), field_of(f, "name"), field_of(f, "address"),
                 field_of(f, "phone")};
        tx.branches().insert(b);
        audit(ctx, tx, b.code, c.maker_id, "branch_added", "branch:" + b.code, change_note(c));
        return;
    }
    if (c.kind == AdminChangeKind::staff_add) {
        Staff s;
        s.id = field_of(f, "id");
        s.name = field_of(f, "name");
        s.branch_code = field_of(f, "branch");
        s.role = role_of(f);
        s.password_hash = field_of(f, "password_hash");
        // The first administrator chose their own password at set-up; anyone else's was
        // chosen for them.
        s.must_change_password = c.maker_id != kSetupActor;
        s.password_set_at = ctx.clock.now();
        tx.staff().insert(s);
        audit(ctx, tx, s.branch_code, c.maker_id, "staff_added", "staff:" + s.id,
              "role=" + std::string(to_string(s.role)) + " " + change_note(c));
        return;
    }
    apply_existing(ctx, tx, c, f);
}

}  // namespace td::core::detail
