#include "application_rules.h"

#include "td/core/contract_change.h"
#include "td/core/customer_service.h"
#include "td/core/names.h"
#include "td/core/validation.h"

namespace td::core::detail {
namespace {

// From the eighth token in one app on, other banks' tokens may already fill it (rule 5).
constexpr std::int64_t kAppTokenLimit = 10;
constexpr std::int64_t kAppTokenWarnFrom = 8;

bool is_live(const Token& t) {
    return t.state == TokenState::issued || t.state == TokenState::active;
}

bool another_pending(Transaction& tx, const Application& app) {
    auto pending = ApplicationFilter::for_user(app.login_id);
    pending.state = ApplicationState::entered;
    for (const auto& other : tx.applications().list(pending))
        if (other.kind == app.kind && other.id != app.id) return true;
    return false;
}

// One live token of each kind per login ID; a second kind only where the policy allows it.
std::optional<Refusal> check_live_tokens(const std::vector<Token>& tokens, TokenKind wanted,
                                         const Policy& policy) {
    for (const auto& t : tokens) {
        if (!is_live(t)) continue;
        if (t.kind == wanted)
            return refuse(
                wanted == TokenKind::software ? "software_token_exists" : "hardware_token_exists",
                "login_id");
        if (!policy.both_token_kinds)
            return refuse("other_kind_token_exists", "login_id")
                .with("kind", std::string(to_string(t.kind)));
    }
    return std::nullopt;
}

// Rule 4's one live token of each kind, then rule 11's wait after a revoke.
bool refused_by_tokens(const std::vector<Token>& tokens, TokenKind wanted, const Policy& policy,
                       TimePoint now, RuleCheck& out) {
    if ((out.refusal = check_live_tokens(tokens, wanted, policy))) return true;
    if (auto earliest = reissue_restriction(tokens, now)) {
        out.refusal = refuse("reissue_not_yet", "login_id")
                          .with("earliest_issue_at", format_japan_iso(*earliest));
        return true;
    }
    return false;
}

void check_hardware_token(Transaction& tx, const Policy& policy, const Application& app,
                          const User& user, TimePoint now, RuleCheck& out) {
    const auto tokens = tx.tokens().for_user(user.login_id);
    if (refused_by_tokens(tokens, TokenKind::hardware, policy, now, out)) return;
    // The device must be on the home branch's shelf: that is where it is handed over.
    const auto device = tx.devices().find(app.serial);
    if (!device)
        out.refusal = refuse("unknown_serial", "serial");
    else if (device->state != DeviceState::in_stock)
        out.refusal = refuse("device_not_in_stock", "serial")
                          .with("state", std::string(to_string(device->state)));
    else if (device->branch_code != app.branch_code)
        out.refusal = refuse("device_other_branch", "serial").with("branch", device->branch_code);
}

void check_software_token(Transaction& tx, const Policy& policy, const Application& app,
                          const User& user, TimePoint now, RuleCheck& out) {
    // Online issuance: the phone's address is given, and checked, when the customer issues.
    if (app.online_issuance) {
        refused_by_tokens(tx.tokens().for_user(user.login_id), TokenKind::software, policy, now,
                          out);
        return;
    }
    if (user.mobile_email.empty()) {
        out.refusal = refuse("mobile_email_required", "mobile_email");
        return;
    }
    if (auto bad = check_mobile_email("mobile_email", user.mobile_email, policy.mobile_domains)) {
        out.refusal = bad;
        return;
    }
    const auto tokens = tx.tokens().for_user(user.login_id);
    if (refused_by_tokens(tokens, TokenKind::software, policy, now, out)) return;
    const std::int64_t in_app = tx.tokens().count_live_software_by_email(user.mobile_email);
    if (in_app >= kAppTokenLimit) {
        out.refusal =
            refuse("app_token_limit", "mobile_email").with("limit", std::to_string(kAppTokenLimit));
        return;
    }
    if (in_app + 1 >= kAppTokenWarnFrom) out.warnings.push_back("app_token_count_high");
}

// One pending correction per contract, whichever user it came through; and the contract must
// still hold what the correction was entered against (at approval: nobody changed it since).
std::optional<Refusal> check_contract_update(Transaction& tx, const Application& app) {
    ApplicationFilter pending;
    pending.state = ApplicationState::entered;
    pending.branch_code = app.branch_code;
    for (const auto& other : tx.applications().list(pending))
        if (other.kind == ApplicationKind::contract_update &&
            other.contract_number == app.contract_number && other.id != app.id)
            return refuse("application_pending", "contract");
    const auto contract = tx.contracts().find(app.contract_number);
    if (!contract) throw Fault("application names a missing contract " + app.contract_number);
    for (const auto& c : app.contract_changes)
        if (contract_field(*contract, c.field) != c.before)
            return refuse("contract_changed_since_entry", c.field);
    if (app.contract_changes.empty()) return refuse("no_change", "contract");
    return std::nullopt;
}

// A contract ends only with nothing of it left running: no live token of any of its users and
// no other procedure of theirs waiting. One close per contract.
std::optional<Refusal> check_contract_close(Transaction& tx, const Application& app) {
    for (const auto& user : tx.users().by_contract(app.contract_number)) {
        for (const auto& t : tx.tokens().for_user(user.login_id))
            if (is_live(t))
                return refuse("contract_has_live_token", "contract")
                    .with("login_id", user.login_id)
                    .with("token_id", std::to_string(t.id));
        auto pending = ApplicationFilter::for_user(user.login_id);
        pending.state = ApplicationState::entered;
        for (const auto& other : tx.applications().list(pending))
            if (other.id != app.id)
                return refuse("application_pending", "contract")
                    .with("application_id", std::to_string(other.id));
    }
    return std::nullopt;
}

}  // namespace

std::optional<Token> live_token(Transaction& tx, const std::string& login_id,
                                std::optional<TokenKind> kind) {
    for (const auto& t : tx.tokens().for_user(login_id))
        if (is_live(t) && (!kind || t.kind == *kind)) return t;
    return std::nullopt;
}

RuleCheck check_application_rules(Transaction& tx, const Policy& policy, const Application& app,
                                  const User& user, TimePoint now) {
    RuleCheck out;
    // A closed contract takes no procedure any more; its data waits for the retention purge.
    if (const auto contract = tx.contracts().find(user.contract_number);
        contract && contract->closed_at) {
        out.refusal = refuse("contract_closed", "login_id")
                          .with("contract", contract->number)
                          .with("closed_at", format_japan_iso(*contract->closed_at));
        return out;
    }
    if (another_pending(tx, app)) {
        out.refusal = refuse("application_pending", "login_id");
        return out;
    }
    switch (app.kind) {
        case ApplicationKind::software_token:
            check_software_token(tx, policy, app, user, now, out);
            break;
        case ApplicationKind::unlock:
            if (user.otp_state != OtpState::locked)
                out.refusal = refuse("user_not_locked", "login_id");
            else if (user.kind == UserKind::general)
                out.warnings.push_back("online_unlock_available");
            break;
        case ApplicationKind::revoke:
            out.token = live_token(tx, user.login_id);
            if (!out.token)
                out.refusal = refuse("no_live_token", "login_id");
            else if (app.revoke_reason == RevokeReason::returned &&
                     out.token->kind != TokenKind::hardware)
                out.refusal = refuse("revoke_reason_hardware_only", "reason");
            else if (user.kind == UserKind::general)
                out.warnings.push_back("online_revoke_available");
            break;
        case ApplicationKind::misuse_report:
            // The token was stopped at intake; approval only confirms the report.
            if (app.id == 0) {
                out.token = live_token(tx, user.login_id);
                if (!out.token) out.warnings.push_back("no_token_to_stop");
            }
            break;
        case ApplicationKind::hardware_token:
            check_hardware_token(tx, policy, app, user, now, out);
            break;
        case ApplicationKind::contract_update:
            out.refusal = check_contract_update(tx, app);
            break;
        case ApplicationKind::contract_close:
            out.refusal = check_contract_close(tx, app);
            break;
    }
    if (!out.refusal && app.kind != ApplicationKind::misuse_report) {
        if (!app.form.seal_checked) out.warnings.push_back("seal_not_checked");
        if (!app.form.identity_checked) out.warnings.push_back("identity_not_checked");
    }
    return out;
}

}  // namespace td::core::detail
