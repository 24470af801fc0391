#include "td/core/policy.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "td/core/names.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

struct IntRange {
    const char* key;
    int Policy::*member;
    int min, max;
};

constexpr IntRange kIntKeys[] = {
    {"lock_threshold", &Policy::lock_threshold, 1, 20},
    {"drift_steps", &Policy::drift_steps, 0, 5},
    {"otp_digits", &Policy::otp_digits, 6, 8},
    {"activation_attempts", &Policy::activation_attempts, 1, 20},
    {"hotp_lookahead", &Policy::hotp_lookahead, 0, 100},
    {"both_token_kinds", &Policy::both_token_kinds, 0, 1},
    {"staff_password_min_length", &Policy::staff_password_min_length, 8, 128},
    {"staff_password_history", &Policy::staff_password_history, 0, 24},
    {"staff_password_must_change", &Policy::staff_password_must_change, 0, 1},
    {"staff_password_expiry_days", &Policy::staff_password_expiry_days, 0, 999},
    {"retention_years", &Policy::retention_years, 1, 99},
};

std::vector<std::string> split_domains(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(text);
    while (std::getline(in, item, ',')) {
        item.erase(
            std::remove_if(item.begin(), item.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
            item.end());
        std::transform(item.begin(), item.end(), item.begin(),
                       [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); });
        if (!item.empty()) out.push_back(item);
    }
    return out;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
    return out;
}

// "teller,manager" in the fixed order teller, manager, admin; "none" for nobody.
std::string roles_text(const std::vector<Role>& roles) {
    std::string out;
    for (Role r : {Role::teller, Role::manager, Role::admin})
        if (std::find(roles.begin(), roles.end(), r) != roles.end())
            out += (out.empty() ? "" : ",") + std::string(to_string(r));
    return out.empty() ? "none" : out;
}

std::optional<std::vector<Role>> parse_roles(const std::string& text) {
    const auto items = split_domains(text);  // comma list, spaces dropped, lower-cased
    std::vector<Role> roles;
    if (items.size() == 1 && items.front() == "none") return roles;
    if (items.empty()) return std::nullopt;
    for (const auto& item : items) {
        const auto role = parse_enum<Role>(item);
        if (!role) return std::nullopt;
        if (std::find(roles.begin(), roles.end(), *role) == roles.end()) roles.push_back(*role);
    }
    return roles;
}

bool valid_domain(const std::string& d) {
    return !d.empty() && d.front() != '.' && d.back() != '.' && d.find('.') != std::string::npos &&
           d.find("..") == std::string::npos && std::all_of(d.begin(), d.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
           });
}

}  // namespace

Policy Policy::defaults() {
    Policy p;
    // Japanese carriers' mobile mail domains (rule 3); administrators edit the list as carriers
    // change.
    p.mobile_domains = {"docomo.ne.jp",  "ezweb.ne.jp",   "au.com",         "softbank.ne.jp",
                        "i.softbank.jp", "ymobile.ne.jp", "y-mobile.ne.jp", "rakumail.jp",
                        "uqmobile.jp",   "disney.ne.jp",  "emobile.ne.jp",  "pdx.ne.jp",
                        "willcom.com"};
    p.service_id = "SEIKYO01";
    return p;
}

const std::vector<std::string>& policy_keys() {
    static const std::vector<std::string> keys{
        "lock_threshold",    "drift_steps",       "otp_digits",       "activation_attempts",
        "mobile_domains",    "service_id",        "hotp_lookahead",   "both_token_kinds",
        "letter_date_style", "cross_branch_read", "app_download_url", "bank_name",
        "staff_password_min_length", "staff_password_history", "staff_password_must_change",
        "staff_password_expiry_days", "retention_years"};
    return keys;
}

Policy policy_from_values(const std::map<std::string, std::string>& stored) {
    Policy p = Policy::defaults();
    for (const auto& r : kIntKeys)
        if (auto it = stored.find(r.key); it != stored.end()) {
            if (auto v = normalize_policy_value(r.key, it->second))
                p.*r.member = std::stoi(v.value());
        }
    if (auto it = stored.find("mobile_domains"); it != stored.end())
        p.mobile_domains = split_domains(it->second);
    if (auto it = stored.find("service_id"); it != stored.end()) p.service_id = it->second;
    if (auto it = stored.find("letter_date_style"); it != stored.end())
        p.letter_date_style = it->second;
    if (auto it = stored.find("cross_branch_read"); it != stored.end())
        if (auto roles = parse_roles(it->second)) p.cross_branch_read = *roles;
    if (auto it = stored.find("app_download_url"); it != stored.end())
        p.app_download_url = it->second;
    if (auto it = stored.find("bank_name"); it != stored.end()) p.bank_name = it->second;
    return p;
}

std::map<std::string, std::string> policy_to_values(const Policy& p) {
    std::map<std::string, std::string> out;
    for (const auto& r : kIntKeys) out[r.key] = std::to_string(p.*r.member);
    out["mobile_domains"] = join(p.mobile_domains);
    out["service_id"] = p.service_id;
    out["letter_date_style"] = p.letter_date_style;
    out["cross_branch_read"] = roles_text(p.cross_branch_read);
    out["app_download_url"] = p.app_download_url;
    out["bank_name"] = p.bank_name;
    return out;
}

Outcome<std::string> normalize_policy_value(const std::string& key, const std::string& value) {
    for (const auto& r : kIntKeys) {
        if (key != r.key) continue;
        const bool digits =
            !value.empty() && value.size() <= 3 &&
            std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        const int v = digits ? std::stoi(value) : -1;
        if (!digits || v < r.min || v > r.max)
            return refuse("policy_value_range", "value")
                .with("key", key)
                .with("min", std::to_string(r.min))
                .with("max", std::to_string(r.max));
        return std::to_string(v);
    }
    if (key == "mobile_domains") {
        const auto domains = split_domains(value);
        if (domains.empty() || !std::all_of(domains.begin(), domains.end(), valid_domain))
            return refuse("policy_domains_format", "value").with("key", key);
        return join(domains);
    }
    if (key == "service_id") {
        const bool ok = !value.empty() && value.size() <= 16 &&
                        std::all_of(value.begin(), value.end(), [](char c) {
                            return std::isalnum(static_cast<unsigned char>(c)) != 0;
                        });
        if (!ok) return refuse("policy_service_id_format", "value").with("key", key);
        return value;
    }
    if (key == "letter_date_style") {
        if (value != "wareki" && value != "seireki")
            return refuse("invalid_choice", "value").with("choices", "wareki|seireki");
        return value;
    }
    if (key == "cross_branch_read") {
        const auto roles = parse_roles(value);
        if (!roles)
            return refuse("invalid_choice", "value")
                .with("choices", "none | teller,manager,admin (comma separated)");
        return roles_text(*roles);
    }
    if (key == "app_download_url") {
        // Mailed to customers' phones as a link: https only, and nothing a mail client could
        // split or misread.
        const bool ok = value.size() > 8 && value.size() <= 200 &&
                        value.rfind("https://", 0) == 0 &&
                        std::all_of(value.begin(), value.end(), [](char c) {
                            return c > ' ' && c < 0x7f && c != '"' && c != '<' && c != '>';
                        });
        if (!ok) return refuse("policy_url_format", "value").with("key", key);
        return value;
    }
    if (key == "bank_name") {
        if (auto bad = check_text("value", value, 40)) return *bad;
        return value;
    }
    return refuse("policy_unknown_key", "key").with("key", key);
}

bool may_read_other_branches(const Policy& p, Role role) {
    return std::find(p.cross_branch_read.begin(), p.cross_branch_read.end(), role) !=
           p.cross_branch_read.end();
}

bool may_read_branch(const Policy& p, const Actor& actor, const std::string& branch_code) {
    return actor.branch_code == branch_code || may_read_other_branches(p, actor.role);
}

}  // namespace td::core
