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

namespace td::core {

inline constexpr int kStaffLockThreshold = 5;  // failed sign-ins before the account is locked
inline constexpr std::size_t kMinStaffPasswordLength = 8;

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
    // account cannot sign in.
    Outcome<Actor> sign_in(const std::string& staff_id, const std::string& password);
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
    Outcome<AdminChange> enter(const std::optional<Actor>& actor, AdminChangeKind kind,
                               const std::string& target, std::string summary,
                               std::vector<std::pair<std::string, std::string>> payload);
    Context ctx_;
};

}  // namespace td::core
