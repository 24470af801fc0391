#include "td/core/validation.h"

#include <algorithm>
#include <cctype>

#include "td/core/gaiji.h"
#include "td/core/printable.h"
#include "td/core/time.h"
#include "td/core/utf8.h"

namespace td::core {
namespace {

bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// Full-width digits ０-９ are U+FF10..U+FF19: EF BC 90..99 in UTF-8.
bool has_full_width_digit(std::string_view s) {
    for (std::size_t i = 0; i + 2 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xEF &&
            static_cast<unsigned char>(s[i + 1]) == 0xBC &&
            static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
            static_cast<unsigned char>(s[i + 2]) <= 0x99)
            return true;
    return false;
}

Refusal field_refusal(const char* code, const std::string& field) {
    return refuse(code, field);
}

// Spaces of every width (Unicode Zs): a required field holding only these is empty.
bool is_space(char32_t cp) {
    return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool ascii_only(std::string_view s, bool (*allowed)(char)) {
    return std::all_of(s.begin(), s.end(), allowed);
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        int extra;
        char32_t min;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1, min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2, min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000;
        } else {
            return false;
        }
        if (i + std::size_t(extra) >= s.size()) return false;
        char32_t cp = b & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(s[i + std::size_t(k)]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

std::size_t count_code_points(std::string_view s) {
    return std::size_t(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Check check_text(const std::string& field, std::string_view value, std::size_t max_chars,
                 bool required) {
    if (!is_valid_utf8(value)) return field_refusal("invalid_utf8", field);
    if (value.empty() || is_blank(value)) {
        if (required) return field_refusal("required", field);
        if (value.empty()) return std::nullopt;
    }
    const std::size_t n = count_code_points(value);
    if (n > max_chars) return refuse("too_long", field).with("max", std::to_string(max_chars));
    return check_printable(field, value);
}

bool is_blank(std::string_view value) {
    if (!is_valid_utf8(value)) return false;
    for (std::size_t i = 0; i < value.size();)
        if (!is_space(decode_at(value, i))) return false;
    return true;
}

Check check_printable(const std::string& field, std::string_view value) {
    if (!is_valid_utf8(value)) return field_refusal("invalid_utf8", field);
    for (std::size_t i = 0; i < value.size();) {
        const char32_t cp = decode_at(value, i);
        const CharacterClass kind = classify_character(cp);
        if (kind == CharacterClass::printable) continue;
        return refuse(
                   kind == CharacterClass::control ? "control_character" : "character_not_allowed",
                   field)
            .with("character", describe_character(cp))
            .with("code_point", code_point_label(cp));
    }
    return std::nullopt;
}

Check check_ascii_digits(const std::string& field, std::string_view value, std::size_t min_len,
                         std::size_t max_len) {
    if (has_full_width_digit(value)) return field_refusal("full_width_digits", field);
    if (value.empty()) return field_refusal("required", field);
    if (!ascii_only(value, is_ascii_digit) || value.size() < min_len || value.size() > max_len)
        return refuse("digits_length", field)
            .with("min", std::to_string(min_len))
            .with("max", std::to_string(max_len));
    return std::nullopt;
}

Check check_otp_code(const std::string& field, std::string_view value) {
    return check_ascii_digits(field, value, 6, 8);
}

Check check_start_password(std::string_view value) {
    const std::string field = "start_password";
    if (has_full_width_digit(value)) return field_refusal("full_width_digits", field);
    if (value.empty()) return field_refusal("required", field);
    if (!ascii_only(value, is_ascii_digit) || value.size() < 4 || value.size() > 8)
        return field_refusal("start_password_format", field);
    return std::nullopt;
}

Check check_mobile_email(const std::string& field, std::string_view value,
                         const std::vector<std::string>& mobile_domains) {
    if (value.empty()) return field_refusal("required", field);
    if (value.size() > 254 || !ascii_only(value, [](char c) { return c > 0x20 && c < 0x7F; }))
        return field_refusal("email_format", field);
    const auto at = value.find('@');
    if (at == std::string_view::npos || at == 0 ||
        value.find('@', at + 1) != std::string_view::npos)
        return field_refusal("email_format", field);
    const std::string_view local = value.substr(0, at);
    std::string domain(value.substr(at + 1));
    // Local part: carriers allowed "..", a trailing '.', and '.' first; only the characters
    // RFC 5322 allows unquoted are accepted.
    const std::string_view specials = "!#$%&'*+-/=?^_`{|}~.";
    if (local.size() > 64 || !std::all_of(local.begin(), local.end(), [&](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) ||
                   specials.find(c) != std::string_view::npos;
        }))
        return field_refusal("email_format", field);
    std::transform(domain.begin(), domain.end(), domain.begin(),
                   [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); });
    if (domain.empty() || domain.front() == '.' || domain.back() == '.' ||
        domain.find("..") != std::string::npos ||
        !std::all_of(domain.begin(), domain.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
        }))
        return field_refusal("email_format", field);
    for (const auto& d : mobile_domains) {
        if (domain == d) return std::nullopt;
        if (domain.size() > d.size() + 1 && domain.ends_with(d) &&
            domain[domain.size() - d.size() - 1] == '.')
            return std::nullopt;
    }
    return refuse("email_not_mobile", field).with("domain", domain);
}

Check check_login_id(const std::string& field, std::string_view value) {
    if (auto bad = check_text(field, value, 32)) return bad;
    if (!ascii_only(value, [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
        }))
        // The message lists what the check above allows, so the two cannot disagree.
        return field_refusal("id_format", field).with("allowed", "A-Z a-z 0-9 - _ .");
    return std::nullopt;
}

std::string fold_id_case(std::string_view id) {
    std::string out(id);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

Check check_staff_id(const std::string& field, std::string_view value) {
    return check_login_id(field, value);
}

Check check_serial(const std::string& field, std::string_view value) {
    return check_login_id(field, value);
}

Check check_branch_code(const std::string& field, std::string_view value) {
    return check_ascii_digits(field, value, 3, 3);
}

Check check_contract_number(const std::string& field, std::string_view value) {
    if (auto bad = check_text(field, value, 20)) return bad;
    if (has_full_width_digit(value)) return field_refusal("full_width_digits", field);
    if (!ascii_only(value,
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }))
        return field_refusal("id_format", field).with("allowed", "A-Z a-z 0-9 -");
    return std::nullopt;
}

Check check_kana(const std::string& field, std::string_view value) {
    if (auto bad = check_text(field, value, kMaxNameChars)) return bad;
    for (std::size_t i = 0; i < value.size();) {
        const char32_t cp = decode_at(value, i);
        const bool katakana = cp >= 0x30A1 && cp <= 0x30FC;  // ァ..ー, including ・
        const bool ascii = cp >= 0x20 && cp < 0x7F;          // ＡＢＣ-less names, "KK", "(カ)"
        const bool fullwidth_alnum_punct = cp >= 0xFF01 && cp <= 0xFF5E;
        const bool space = cp == 0x3000;
        if (!(katakana || ascii || fullwidth_alnum_punct || space))
            return field_refusal("kana_format", field);
    }
    return std::nullopt;
}

Check check_phone(const std::string& field, std::string_view value, bool required) {
    if (value.empty()) return required ? Check(field_refusal("required", field)) : std::nullopt;
    if (has_full_width_digit(value)) return field_refusal("full_width_digits", field);
    const auto digits = std::count_if(value.begin(), value.end(), is_ascii_digit);
    if (!ascii_only(value, [](char c) { return is_ascii_digit(c) || c == '-'; }) || digits < 10 ||
        digits > 11 || value.size() > 13 || value.front() != '0')
        return field_refusal("phone_format", field);
    return std::nullopt;
}

Outcome<std::string> normalize_postal_code(const std::string& field, std::string_view value) {
    if (value.empty()) return field_refusal("required", field);
    if (has_full_width_digit(value)) return field_refusal("full_width_digits", field);
    std::string digits;
    for (char c : value)
        if (is_ascii_digit(c)) digits += c;
    const bool shape = (value.size() == 7 && digits.size() == 7) ||
                       (value.size() == 8 && value[3] == '-' && digits.size() == 7);
    if (!shape) return field_refusal("postal_code_format", field);
    return digits.substr(0, 3) + "-" + digits.substr(3);
}

Check check_date(const std::string& field, std::string_view value) {
    if (has_full_width_digit(value)) return field_refusal("full_width_digits", field);
    if (!parse_date(std::string(value))) return field_refusal("date_format", field);
    return std::nullopt;
}

Check check_form_date(const std::string& field, std::string_view value, TimePoint now) {
    if (auto bad = check_date(field, value)) return bad;
    const auto day = *parse_date(std::string(value));
    if (day < *parse_date(kEarliestFormDate))
        return refuse("date_too_early", field).with("earliest", kEarliestFormDate);
    if (day > japan_date(now)) return refuse("date_in_future", field);
    return std::nullopt;
}

}  // namespace td::core
