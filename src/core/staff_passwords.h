#pragma once
// Private: the staff password rules (policy staff_password_*), shared by sign-in, a member of
// staff's own change and an administrator's set or reset.
#include <optional>
#include <string>

#include "td/core/context.h"
#include "td/core/outcome.h"
#include "td/core/policy.h"
#include "td/core/validation.h"

namespace td::core::detail {

// Length (the policy's minimum), characters, and no blank password. A password is never
// echoed: no refusal names the character at fault.
Check check_staff_password(const std::string& field, const std::string& password,
                           const Policy& policy);

// Why a member of staff must change their password before anything else ("first_sign_in":
// an administrator set it; "expired": older than the policy's days); nullopt when not.
std::optional<std::string> password_change_due(const Staff& s, const Policy& policy,
                                               TimePoint now);

// When the password set at `set_at` expires under the policy; nullopt without expiry.
std::optional<TimePoint> password_expires_at(const std::optional<TimePoint>& set_at,
                                             const Policy& policy);

// Puts `new_hash` in place of the staff's password, keeping the old one among the earlier
// passwords the policy refuses again; the caller stores `s`.
void replace_password(Context& ctx, Transaction& tx, Staff& s, const std::string& new_hash,
                      const Policy& policy);

}  // namespace td::core::detail
