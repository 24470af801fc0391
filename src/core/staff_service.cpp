#include "td/core/staff_service.h"

#include "admin_change_step.h"
#include "staff_passwords.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::check_staff_password;
using detail::load_policy;
using detail::run_counted_step;

namespace {

std::string staff_target(const std::string& id) {
    return "staff:" + id;
}

}  // namespace

bool StaffService::needs_bootstrap() {
    bool empty = false;
    ctx_.store.read([&](Transaction& tx) { empty = tx.staff().count() == 0; });
    return empty;
}

Outcome<Staff> StaffService::authenticate(Transaction& tx, const std::string& staff_id,
                                          const std::string& password) {
    auto staff = tx.staff().find(staff_id);
    // One refusal for unknown IDs and wrong passwords, so IDs cannot be probed; and one
    // password hash of the same cost, so neither can the time it takes tell them apart.
    if (!staff) {
        (void)ctx_.crypto.hasher.hash(password);
        // Recorded for the auditors without what was typed: it may have been a password.
        audit(ctx_, tx, kSystemChain, "-", "sign_in_failed", "staff:?", "unknown_staff_id");
        return refuse("sign_in_failed", "password");
    }
    if (staff->locked) return refuse("staff_locked", "staff_id").with("staff_id", staff->id);
    if (!ctx_.crypto.hasher.verify(password, staff->password_hash)) {
        ++staff->failed_logins;
        staff->locked = staff->failed_logins >= kStaffLockThreshold;
        tx.staff().update(*staff);
        audit(ctx_, tx, staff->branch_code, staff->id,
              staff->locked ? "staff_locked" : "sign_in_failed", "staff:" + staff->id,
              "failures=" + std::to_string(staff->failed_logins));
        return staff->locked ? refuse("staff_locked", "staff_id").with("staff_id", staff->id)
                             : refuse("sign_in_failed", "password");
    }
    // Only with the right password: a disabled ID is not told apart from a wrong password.
    if (staff->disabled) return refuse("staff_disabled", "staff_id").with("staff_id", staff->id);
    return *staff;
}

Outcome<Actor> StaffService::sign_in(const std::string& staff_id, const std::string& password) {
    return run_counted_step<Actor>(ctx_.store, [&](Transaction& tx) -> Outcome<Actor> {
        auto staff = authenticate(tx, staff_id, password);
        if (!staff) return staff.refusal();
        Staff& s = staff.value();
        if (s.failed_logins != 0) {
            s.failed_logins = 0;
            tx.staff().update(s);
        }
        // The right password, but one the member of staff must replace first.
        if (auto due = detail::password_change_due(s, load_policy(tx), ctx_.clock.now()))
            return refuse("password_change_required", "password")
                .with("staff_id", s.id)
                .with("reason", *due);
        audit(ctx_, tx, s.branch_code, s.id, "signed_in", "staff:" + s.id);
        return Actor{s.id, s.role, s.branch_code, s.name};
    });
}

Outcome<PasswordChanged> StaffService::change_password(const std::string& staff_id,
                                                       const std::string& current_password,
                                                       const std::string& new_password) {
    Policy policy = current_policy();
    if (auto bad = check_staff_password("new_password", new_password, policy)) return *bad;
    if (new_password == current_password) return refuse("password_unchanged", "new_password");
    // Hash outside the transaction: it is slow on purpose.
    const std::string hash = ctx_.crypto.hasher.hash(new_password);
    return run_counted_step<PasswordChanged>(
        ctx_.store, [&](Transaction& tx) -> Outcome<PasswordChanged> {
            auto staff = authenticate(tx, staff_id, current_password);
            if (!staff) {
                core::Refusal r = staff.refusal();
                if (r.field == "password") r.field = "current_password";
                return r;
            }
            Staff& s = staff.value();
            policy = load_policy(tx);
            const auto history = static_cast<std::size_t>(policy.staff_password_history);
            if (history > 0)
                for (const auto& earlier : tx.staff().earlier_passwords(s.id, history - 1))
                    if (ctx_.crypto.hasher.verify(new_password, earlier))
                        return refuse("password_reused", "new_password")
                            .with("count", std::to_string(history));
            const auto due = detail::password_change_due(s, policy, ctx_.clock.now());
            detail::replace_password(ctx_, tx, s, hash, policy);
            s.must_change_password = false;
            tx.staff().update(s);
            audit(ctx_, tx, s.branch_code, s.id, "staff_password_changed", "staff:" + s.id,
                  due ? "due=" + *due : "");
            return PasswordChanged{s.id, detail::password_expires_at(s.password_set_at, policy)};
        });
}

Outcome<AdminChange> StaffService::enter(const std::optional<Actor>& actor, AdminChangeKind kind,
                                         const std::string& target, std::string summary,
                                         detail::Fields payload) {
    return detail::run_change_step(ctx_.store, target, [&](Transaction& tx) -> Outcome<AdminChange> {
        if (!actor) {
            // Set-up of an empty database: no one could sign in to enter it.
            if (tx.staff().count() != 0) return refuse("sign_in_required", "as");
        } else if (auto bad = detail::require_active_admin(tx, *actor)) {
            return *bad;
        }
        return detail::enter_change(ctx_, tx, actor ? actor->staff_id : detail::kSetupActor,
                                    {kind, target, std::move(summary), std::move(payload)});
    });
}

Outcome<AdminChange> StaffService::add_branch(const std::optional<Actor>& actor,
                                              const AddBranchRequest& req) {
    if (actor)
        if (auto bad = detail::admin_only(*actor)) return *bad;
    if (auto bad = check_branch_code("code", req.code)) return *bad;
    if (auto bad = check_text("name", req.name, kMaxNameChars)) return *bad;
    if (auto bad = check_text("address", req.address, kMaxAddressChars, false)) return *bad;
    if (auto bad = check_phone("phone", req.phone, false)) return *bad;
    return enter(actor, AdminChangeKind::branch_add, "branch:" + req.code, "name=" + req.name,
                 {{"code", req.code},
                  {"name", req.name},
                  {"address", req.address},
                  {"phone", req.phone}});
}

Outcome<AdminChange> StaffService::add_staff(const std::optional<Actor>& actor,
                                             const AddStaffRequest& req) {
    if (actor)
        if (auto bad = detail::admin_only(*actor)) return *bad;
    if (auto bad = check_staff_id("id", req.id)) return *bad;
    if (auto bad = check_text("name", req.name, kMaxNameChars)) return *bad;
    if (auto bad = check_branch_code("branch", req.branch_code)) return *bad;
    const auto role = parse_enum<Role>(req.role);
    if (!role) return refuse("invalid_choice", "role").with("choices", "teller|manager|admin");
    if (auto bad = check_staff_password("password", req.password, current_policy())) return *bad;
    // Hash outside the transaction: it is slow on purpose. The change keeps only the hash.
    const std::string hash = ctx_.crypto.hasher.hash(req.password);
    return enter(actor, AdminChangeKind::staff_add, staff_target(req.id),
                 "name=" + req.name + " branch=" + req.branch_code + " role=" + req.role,
                 {{"id", req.id},
                  {"name", req.name},
                  {"branch", req.branch_code},
                  {"role", req.role},
                  {"password_hash", hash}});
}

Outcome<AdminChange> StaffService::reset_password(const Actor& actor, const std::string& staff_id,
                                                  const std::string& new_password) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    if (auto bad = check_staff_password("password", new_password, current_policy())) return *bad;
    const std::string hash = ctx_.crypto.hasher.hash(new_password);
    return enter(actor, AdminChangeKind::staff_password_reset, staff_target(staff_id), "",
                 {{"id", staff_id}, {"password_hash", hash}});
}

Outcome<AdminChange> StaffService::change_role(const Actor& actor, const std::string& staff_id,
                                               const std::string& role) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    if (!parse_enum<Role>(role))
        return refuse("invalid_choice", "role").with("choices", "teller|manager|admin");
    return enter(actor, AdminChangeKind::staff_role, staff_target(staff_id), "role=" + role,
                 {{"id", staff_id}, {"role", role}});
}

Outcome<AdminChange> StaffService::disable(const Actor& actor, const std::string& staff_id) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    return enter(actor, AdminChangeKind::staff_disable, staff_target(staff_id), "",
                 {{"id", staff_id}});
}

Outcome<AdminChange> StaffService::enable(const Actor& actor, const std::string& staff_id) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    return enter(actor, AdminChangeKind::staff_enable, staff_target(staff_id), "",
                 {{"id", staff_id}});
}

Policy StaffService::current_policy() {
    Policy policy;
    ctx_.store.read([&](Transaction& tx) { policy = load_policy(tx); });
    return policy;
}

Outcome<std::vector<Staff>> StaffService::list(const Actor& actor) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    std::vector<Staff> out;
    ctx_.store.read([&](Transaction& tx) { out = tx.staff().all(); });
    for (auto& s : out) s.password_hash.clear();
    return out;
}

}  // namespace td::core
