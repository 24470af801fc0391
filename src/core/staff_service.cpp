#include "td/core/staff_service.h"

#include "admin_change_step.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::run_counted_step;

namespace {

Check check_staff_password(const std::string& password) {
    if (!is_valid_utf8(password)) return refuse("invalid_utf8", "password");
    // Spaces only is no password, however long.
    if (is_blank(password)) return refuse("required", "password");
    // A password is never echoed: the refusal does not name the character (check_text would).
    if (check_printable("password", password)) return refuse("password_character", "password");
    if (count_code_points(password) > 128) return refuse("too_long", "password").with("max", "128");
    if (password.size() < kMinStaffPasswordLength)
        return refuse("password_too_short", "password")
            .with("min", std::to_string(kMinStaffPasswordLength));
    return std::nullopt;
}

std::string staff_target(const std::string& id) {
    return "staff:" + id;
}

}  // namespace

bool StaffService::needs_bootstrap() {
    bool empty = false;
    ctx_.store.read([&](Transaction& tx) { empty = tx.staff().count() == 0; });
    return empty;
}

Outcome<Actor> StaffService::sign_in(const std::string& staff_id, const std::string& password) {
    return run_counted_step<Actor>(ctx_.store, [&](Transaction& tx) -> Outcome<Actor> {
        auto staff = tx.staff().find(staff_id);
        // One refusal for unknown IDs and wrong passwords, so IDs cannot be probed; and one
        // password hash of the same cost, so neither can the time it takes tell them apart.
        if (!staff) {
            (void)ctx_.crypto.hasher.hash(password);
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
        if (staff->disabled)
            return refuse("staff_disabled", "staff_id").with("staff_id", staff->id);
        if (staff->failed_logins != 0) {
            staff->failed_logins = 0;
            tx.staff().update(*staff);
        }
        return Actor{staff->id, staff->role, staff->branch_code, staff->name};
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
    if (auto bad = check_staff_password(req.password)) return *bad;
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
    if (auto bad = check_staff_password(new_password)) return *bad;
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

Outcome<std::vector<Staff>> StaffService::list(const Actor& actor) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    std::vector<Staff> out;
    ctx_.store.read([&](Transaction& tx) { out = tx.staff().all(); });
    for (auto& s : out) s.password_hash.clear();
    return out;
}

}  // namespace td::core
