#pragma once
// Staff for tests as a first day at a branch has them: an administrator adds each with a first
// password, and each replaces it at first sign-in (policy staff_password_must_change).
#include <string>

#include "td/core/staff_service.h"

namespace td::test {

inline constexpr const char* kStaffPassword = "password-0001";

// Adds a member of staff (in effect at once: one administrator) whose password becomes
// `req.password` after their first change, and signs them in.
inline core::Outcome<core::Actor> add_signed_in_staff(core::StaffService& staff,
                                                      const core::Actor& admin,
                                                      core::AddStaffRequest req) {
    const std::string chosen = req.password;
    req.password = "first-" + chosen;
    if (auto added = staff.add_staff(admin, req); !added) return added.refusal();
    if (auto changed = staff.change_password(req.id, req.password, chosen); !changed)
        return changed.refusal();
    return staff.sign_in(req.id, chosen);
}

}  // namespace td::test
