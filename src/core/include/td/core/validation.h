#pragma once
// Input rules shared by every workflow. Each check returns the Refusal naming the field and
// the rule, or nothing when the value is acceptable.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "td/core/outcome.h"
#include "td/core/time.h"

namespace td::core {

using Check = std::optional<Refusal>;

bool is_valid_utf8(std::string_view s);
std::size_t count_code_points(std::string_view valid_utf8);

// Free text: valid UTF-8, only characters that can be printed (check_printable), at most
// `max_chars` code points, and when `required` not empty nor spaces only. Quotes and SQL
// metacharacters are ordinary text.
Check check_text(const std::string& field, std::string_view value, std::size_t max_chars,
                 bool required = true);

// Every character can be printed in principle (printable.h, the renderer's own rule): no
// control, format, bidi, zero-width or separator character, emoji, private use or
// noncharacter. The refusal names the field and the character (`character`, `code_point`).
Check check_printable(const std::string& field, std::string_view value);

// True when the text holds only spaces (half-width, full-width U+3000 and the other Zs).
bool is_blank(std::string_view value);

// Digits field: only ASCII '0'-'9' (full-width digits get their own refusal), length in range.
Check check_ascii_digits(const std::string& field, std::string_view value, std::size_t min_len,
                         std::size_t max_len);

// A one-time password as typed: 6 to 8 half-width digits. Checked before any step that counts
// failures, so a format slip (full-width digits, a short code) never counts toward a lock.
Check check_otp_code(const std::string& field, std::string_view value);

// Rule 2: 4 to 8 half-width digits.
Check check_start_password(std::string_view value);

// Rule 3: a syntactically usable address whose domain is (a subdomain of) a listed mobile
// carrier domain. Carrier quirks (consecutive dots, a dot before '@') are accepted.
Check check_mobile_email(const std::string& field, std::string_view value,
                         const std::vector<std::string>& mobile_domains);

Check check_login_id(const std::string& field, std::string_view value);
// IDs (login ID, staff ID, contract number, serial) that differ only in ASCII letter case are
// one ID: a second is refused as a duplicate. This is the form they are compared in.
std::string fold_id_case(std::string_view id);
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
// A date written on a paper form: a real date from 2000-01-01 (kEarliestFormDate) up to
// today in Japan time; a year typed wrong (1026, 2062) is refused, not recorded.
Check check_form_date(const std::string& field, std::string_view value, TimePoint now);
inline constexpr const char* kEarliestFormDate = "2000-01-01";

// Length limits in code points, shared by every client.
inline constexpr std::size_t kMaxNameChars = 100;
inline constexpr std::size_t kMaxAddressChars = 200;
inline constexpr std::size_t kMaxDetailsChars = 2000;
inline constexpr std::size_t kMaxReasonChars = 500;

}  // namespace td::core
