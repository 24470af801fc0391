#pragma once
// Branches and staff: sign-in with lockout, and the administrator's set-up of both. Every
// change here is an administrative change (AdminService): in effect at once while fewer than
// two administrators are active, otherwise once another administrator approves it.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"
#include "td/core/policy.h"
#include "td/core/repositories.h"

namespace td::core {

inline constexpr int kStaffLockThreshold = 5;  // failed sign-ins before the account is locked

// A member of staff's own password change.
struct PasswordChanged {
    std::string staff_id;
    std::optional<TimePoint> expires_at;  // under the policy's expiry; none without one
};

struct AddBranchRequest {
    std::string code, name, address, phone;
};

struct AddStaffRequest {
    std::string id, name, branch_code, role, password;
};

class StaffService {
  public:
    explicit StaffService(Context ctx) : ctx_(ctx) {}

    // True until the first member of staff exists: then set-up needs no sign-in.
    bool needs_bootstrap();
    // Counts failures and locks the account after kStaffLockThreshold in a row; a disabled
    // account cannot sign in. A password that must be changed first (set by an administrator,
    // or expired) is refused with password_change_required; sign-ins and failures are audited.
    Outcome<Actor> sign_in(const std::string& staff_id, const std::string& password);
    // A member of staff's own change, signed in by the current password (failures count as at
    // sign-in); the new one follows the policy and is none of the last N.
    Outcome<PasswordChanged> change_password(const std::string& staff_id,
                                             const std::string& current_password,
                                             const std::string& new_password);
    // Admin only; on an empty database, no actor is needed.
    Outcome<AdminChange> add_branch(const std::optional<Actor>& actor,
                                    const AddBranchRequest& req);
    // Admin only; on an empty database, the first admin needs no actor.
    Outcome<AdminChange> add_staff(const std::optional<Actor>& actor, const AddStaffRequest& req);
    // Admin only: clears a staff lock and sets a new password.
    Outcome<AdminChange> reset_password(const Actor& actor, const std::string& staff_id,
                                        const std::string& new_password);
    // Admin only, never one's own account, never the last active administrator's.
    Outcome<AdminChange> change_role(const Actor& actor, const std::string& staff_id,
                                     const std::string& role);
    Outcome<AdminChange> disable(const Actor& actor, const std::string& staff_id);
    Outcome<AdminChange> enable(const Actor& actor, const std::string& staff_id);
    // Admin only: every member of staff, by ID, without password hashes.
    Outcome<std::vector<Staff>> list(const Actor& actor);

  private:
    // The staff member whose password this is, counting a failure; no audit of a success.
    Outcome<Staff> authenticate(Transaction& tx, const std::string& staff_id,
                                const std::string& password);
    Policy current_policy();
    Outcome<AdminChange> enter(const std::optional<Actor>& actor, AdminChangeKind kind,
                               const std::string& target, std::string summary,
                               std::vector<std::pair<std::string, std::string>> payload);
    Context ctx_;
};

}  // namespace td::core
