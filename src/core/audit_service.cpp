#include "td/core/audit_service.h"

#include <algorithm>
#include <cctype>

#include "customer_reads.h"
#include "step.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

// Surrounding spaces dropped and letters lowered, as a head copied from paper may come.
std::string normalized_anchor(const std::string& anchor) {
    const auto first = anchor.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = anchor.find_last_not_of(" \t\r\n");
    std::string out = anchor.substr(first, last - first + 1);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_hex(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
    });
}

}  // namespace

Refusal chain_refusal(const ChainCheck& check, const std::optional<std::string>& anchor) {
    if (check.reason == "anchor_not_found" && anchor)
        return refuse("anchor_not_found", "anchor").with("anchor", normalized_anchor(*anchor));
    // Not a sign of tampering by itself: the key file in use is older than the trail.
    if (check.reason == "unknown_key") return refuse("audit_key_missing");
    return refuse("audit_chain_broken").with("reason", check.reason);
}

Outcome<ChainCheck> AuditService::verify(const std::optional<std::string>& anchor) {
    std::optional<std::string> wanted;
    if (anchor) {
        wanted = normalized_anchor(*anchor);
        if (!is_hex(*wanted)) return refuse("anchor_format", "anchor");
    }
    ChainCheck result;
    ctx_.store.read(
        [&](Transaction& tx) { result = verify_chains(tx, ctx_.crypto.audit_mac, wanted); });
    return result;
}

Outcome<std::vector<AuditEvent>> AuditService::reads_of(const Actor& actor,
                                                        const std::string& contract_number) {
    if (auto bad = check_contract_number("contract_number", contract_number)) return *bad;
    if (actor.role == Role::teller)
        return refuse("role_not_allowed", "as").with("role", "manager|admin");
    return detail::run_step<std::vector<AuditEvent>>(
        ctx_.store, [&](Transaction& tx) -> Outcome<std::vector<AuditEvent>> {
            const auto contract = tx.contracts().find(contract_number);
            if (!contract) return refuse("unknown_contract", "contract_number");
            if (actor.role != Role::admin && actor.branch_code != contract->branch_code)
                return refuse("wrong_branch", "as").with("branch", contract->branch_code);
            auto events = tx.audit().events_about(contract_number);
            detail::record_customer_read(ctx_, tx, actor, "customer_reads_viewed",
                                         "contract:" + contract_number,
                                         "contract_number=" + contract_number, {contract_number});
            return events;
        });
}

}  // namespace td::core
