#pragma once
// Policy values shared by every branch, stored in the database (keys are part of the CLI contract).
#include <map>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

struct Policy {
    int lock_threshold = 5;       // rule 8: consecutive wrong OTPs before the user is locked
    int drift_steps = 1;          // rule 7: ± steps accepted for clock drift
    int otp_digits = 6;           // rule 7
    int activation_attempts = 5;  // rule 6: wrong usage-start passwords before the token is void
    std::vector<std::string> mobile_domains;  // rule 3
    std::string service_id;                   // サービスID given to every software token
    int hotp_lookahead = 10;                  // rule 7, hardware HOTP devices
    // 1: a login ID may hold a live software token and a live hardware token at once.
    int both_token_kinds = 0;
    std::string letter_date_style = "wareki";  // dates on letters: wareki (和暦) or seireki (西暦)
    // Roles whose staff may see the customers of branches other than their own (search, lists,
    // details). Tellers and managers serve their own branch's customers; by default only
    // administrators (the system department) look across branches.
    std::vector<Role> cross_branch_read{Role::admin};
    // Where the phone app is downloaded: mailed to the phone after an online issuance.
    std::string app_download_url = "https://otp-auth.net/app/";
    // The bank's name as the customer knows it, signing the mails TokenDesk sends.
    std::string bank_name = "成協信用組合";
    // Staff sign-in (the bank's password policy).
    int staff_password_min_length = 12;  // characters
    int staff_password_history = 3;      // a new password may not be one of the last N (0: any)
    int staff_password_must_change = 1;  // 1: one an administrator set is changed at first use
    int staff_password_expiry_days = 0;  // days a password lasts (0: no expiry)
    // Years personal data is kept after a contract and its tokens ended (retention purge).
    int retention_years = 10;

    static Policy defaults();
};

// Whether staff of `role` may see other branches' customers (policy cross_branch_read).
bool may_read_other_branches(const Policy& p, Role role);
// Whether `actor` may see the customers of `branch_code` (always so for the actor's own branch).
bool may_read_branch(const Policy& p, const Actor& actor, const std::string& branch_code);

// The keys, in display order.
const std::vector<std::string>& policy_keys();

// Builds a policy from stored values; keys not stored keep their defaults.
Policy policy_from_values(const std::map<std::string, std::string>& stored);
std::map<std::string, std::string> policy_to_values(const Policy& p);

// Checks one value for one key (refusal field "key" or "value" names which is wrong) and
// returns its normalised spelling.
Outcome<std::string> normalize_policy_value(const std::string& key, const std::string& value);

}  // namespace td::core
