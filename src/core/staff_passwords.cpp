#include "staff_passwords.h"

#include <algorithm>

#include "td/core/validation.h"

namespace td::core::detail {

Check check_staff_password(const std::string& field, const std::string& password,
                           const Policy& policy) {
    if (!is_valid_utf8(password)) return refuse("invalid_utf8", field);
    // Spaces only is no password, however long.
    if (is_blank(password)) return refuse("required", field);
    if (check_printable(field, password)) return refuse("password_character", field);
    if (count_code_points(password) > 128) return refuse("too_long", field).with("max", "128");
    const auto min = static_cast<std::size_t>(policy.staff_password_min_length);
    if (count_code_points(password) < min)
        return refuse("password_too_short", field).with("min", std::to_string(min));
    return std::nullopt;
}

std::optional<TimePoint> password_expires_at(const std::optional<TimePoint>& set_at,
                                             const Policy& policy) {
    if (policy.staff_password_expiry_days <= 0 || !set_at) return std::nullopt;
    return *set_at + std::chrono::days{policy.staff_password_expiry_days};
}

std::optional<std::string> password_change_due(const Staff& s, const Policy& policy,
                                               TimePoint now) {
    if (s.must_change_password && policy.staff_password_must_change) return "first_sign_in";
    if (policy.staff_password_expiry_days <= 0) return std::nullopt;
    // A password set before the rules has no date: once expiry is on, it is due at once.
    if (!s.password_set_at) return "expired";
    if (now >= *password_expires_at(s.password_set_at, policy)) return "expired";
    return std::nullopt;
}

void replace_password(Context& ctx, Transaction& tx, Staff& s, const std::string& new_hash,
                      const Policy& policy) {
    const TimePoint now = ctx.clock.now();
    // The current password counts as one of the last N, so N - 1 earlier ones are kept.
    const auto keep = static_cast<std::size_t>(std::max(policy.staff_password_history - 1, 0));
    tx.staff().keep_earlier_password(s.id, s.password_hash, now, keep);
    s.password_hash = new_hash;
    s.password_set_at = now;
    s.failed_logins = 0;
    s.locked = false;
}

}  // namespace td::core::detail
