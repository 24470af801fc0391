#pragma once
// Branches and staff: sign-in with lockout, and the administrator's set-up of both.
#include <optional>
#include <string>

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
    // Counts failures and locks the account after kStaffLockThreshold in a row.
    Outcome<Actor> sign_in(const std::string& staff_id, const std::string& password);
    // Admin only; on an empty database, no actor is needed.
    Outcome<Branch> add_branch(const std::optional<Actor>& actor, const AddBranchRequest& req);
    // Admin only; on an empty database, the first admin needs no actor.
    Outcome<Staff> add_staff(const std::optional<Actor>& actor, const AddStaffRequest& req);
    // Admin only: clears a staff lock and sets a new password.
    Outcome<Staff> reset_password(const Actor& actor, const std::string& staff_id,
                                  const std::string& new_password);

  private:
    Context ctx_;
};

}  // namespace td::core
