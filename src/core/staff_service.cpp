#include "td/core/staff_service.h"

#include "step.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::run_counted_step;
using detail::run_step;

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

Check require_admin_or_bootstrap(Transaction& tx, const std::optional<Actor>& actor) {
    if (!actor) {
        if (tx.staff().count() == 0) return std::nullopt;
        return refuse("sign_in_required", "as");
    }
    if (actor->role != Role::admin) return refuse("role_not_allowed", "as").with("role", "admin");
    return std::nullopt;
}

std::string actor_name(const std::optional<Actor>& actor) {
    return actor ? actor->staff_id : std::string("setup");
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
        if (staff->failed_logins != 0) {
            staff->failed_logins = 0;
            tx.staff().update(*staff);
        }
        return Actor{staff->id, staff->role, staff->branch_code, staff->name};
    });
}

Outcome<Branch> StaffService::add_branch(const std::optional<Actor>& actor,
                                         const AddBranchRequest& req) {
    if (auto bad = check_branch_code("code", req.code)) return *bad;
    if (auto bad = check_text("name", req.name, kMaxNameChars)) return *bad;
    if (auto bad = check_text("address", req.address, kMaxAddressChars, false)) return *bad;
    if (auto bad = check_phone("phone", req.phone, false)) return *bad;
    return run_step<Branch>(ctx_.store, [&](Transaction& tx) -> Outcome<Branch> {
        if (auto bad = require_admin_or_bootstrap(tx, actor)) return *bad;
        if (tx.branches().find(req.code))
            return refuse("already_exists", "code").with("existing", req.code);
        Branch b{req.code, req.name, req.address, req.phone};
        tx.branches().insert(b);
        audit(ctx_, tx, b.code, actor_name(actor), "branch_added", "branch:" + b.code);
        return b;
    });
}

Outcome<Staff> StaffService::add_staff(const std::optional<Actor>& actor,
                                       const AddStaffRequest& req) {
    if (auto bad = check_staff_id("id", req.id)) return *bad;
    if (auto bad = check_text("name", req.name, kMaxNameChars)) return *bad;
    if (auto bad = check_branch_code("branch", req.branch_code)) return *bad;
    const auto role = parse_enum<Role>(req.role);
    if (!role) return refuse("invalid_choice", "role").with("choices", "teller|manager|admin");
    if (auto bad = check_staff_password(req.password)) return *bad;
    // Hash outside the transaction: it is slow on purpose.
    const std::string hash = ctx_.crypto.hasher.hash(req.password);
    return run_step<Staff>(ctx_.store, [&](Transaction& tx) -> Outcome<Staff> {
        if (!actor && tx.staff().count() == 0 && *role != Role::admin)
            return refuse("bootstrap_needs_admin", "role");
        if (auto bad = require_admin_or_bootstrap(tx, actor)) return *bad;
        if (!tx.branches().find(req.branch_code)) return refuse("unknown_branch", "branch");
        if (auto taken = tx.staff().key_ignoring_case(req.id))
            return refuse("already_exists", "id").with("existing", *taken);
        Staff s{req.id, req.name, req.branch_code, *role, hash, 0, false};
        tx.staff().insert(s);
        audit(ctx_, tx, s.branch_code, actor_name(actor), "staff_added", "staff:" + s.id,
              "role=" + std::string(to_string(s.role)));
        return s;
    });
}

Outcome<Staff> StaffService::reset_password(const Actor& actor, const std::string& staff_id,
                                            const std::string& new_password) {
    if (actor.role != Role::admin) return refuse("role_not_allowed", "as").with("role", "admin");
    if (auto bad = check_staff_password(new_password)) return *bad;
    const std::string hash = ctx_.crypto.hasher.hash(new_password);
    return run_step<Staff>(ctx_.store, [&](Transaction& tx) -> Outcome<Staff> {
        auto staff = tx.staff().find(staff_id);
        if (!staff) return refuse("unknown_staff", "id");
        staff->password_hash = hash;
        staff->failed_logins = 0;
        staff->locked = false;
        tx.staff().update(*staff);
        audit(ctx_, tx, staff->branch_code, actor.staff_id, "staff_password_reset",
              "staff:" + staff->id);
        return *staff;
    });
}

}  // namespace td::core
