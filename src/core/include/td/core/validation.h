#pragma once
// Input rules shared by every workflow. Each check returns the Refusal naming the field and
// the rule, or nothing when the value is acceptable.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "td/core/outcome.h"

namespace td::core {

using Check = std::optional<Refusal>;

bool is_valid_utf8(std::string_view s);
std::size_t count_code_points(std::string_view valid_utf8);

// Free text: valid UTF-8, no control characters, at most `max_chars` code points,
// non-empty when `required`. Quotes and SQL metacharacters are ordinary text.
Check check_text(const std::string& field, std::string_view value, std::size_t max_chars,
                 bool required = true);

// Digits field: only ASCII '0'-'9' (full-width digits get their own refusal), length in range.
Check check_ascii_digits(const std::string& field, std::string_view value, std::size_t min_len,
                         std::size_t max_len);

// Rule 2: 4 to 8 half-width digits.
Check check_start_password(std::string_view value);

// Rule 3: a syntactically usable address whose domain is (a subdomain of) a listed mobile
// carrier domain. Carrier quirks (consecutive dots, a dot before '@') are accepted.
Check check_mobile_email(const std::string& field, std::string_view value,
                         const std::vector<std::string>& mobile_domains);

Check check_login_id(const std::string& field, std::string_view value);
Check check_staff_id(const std::string& field, std::string_view value);
// A hardware token's serial: what a vendor prints on the device, letters, digits, - _ .
Check check_serial(const std::string& field, std::string_view value);
Check check_branch_code(const std::string& field, std::string_view value);
Check check_contract_number(const std::string& field, std::string_view value);
Check check_kana(const std::string& field, std::string_view value);
Check check_phone(const std::string& field, std::string_view value, bool required);
// Accepts "1234567" or "123-4567"; returns the "123-4567" form.
Outcome<std::string> normalize_postal_code(const std::string& field, std::string_view value);
Check check_date(const std::string& field, std::string_view value);

// Length limits in code points, shared by every client.
inline constexpr std::size_t kMaxNameChars = 100;
inline constexpr std::size_t kMaxAddressChars = 200;
inline constexpr std::size_t kMaxDetailsChars = 2000;
inline constexpr std::size_t kMaxReasonChars = 500;

}  // namespace td::core
