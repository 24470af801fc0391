#include "customer_reads.h"

#include <algorithm>

#include "step.h"

namespace td::core::detail {

void record_customer_read(Context& ctx, Transaction& tx, const Actor& actor,
                          const std::string& action, const std::string& target,
                          const std::string& query, std::vector<std::string> contract_numbers) {
    std::sort(contract_numbers.begin(), contract_numbers.end());
    contract_numbers.erase(std::unique(contract_numbers.begin(), contract_numbers.end()),
                           contract_numbers.end());
    std::string shown;
    for (const auto& n : contract_numbers) shown += (shown.empty() ? "" : ",") + n;
    AuditEvent e;
    e.chain = actor.branch_code;
    e.at = ctx.clock.now();
    e.actor = actor.staff_id;
    e.action = action;
    e.target = target;
    // The query last: whatever it holds, everything after "query=" is the query.
    e.detail = "customers=" + shown + "; query=" + query;
    const std::int64_t seq = record_event(tx, ctx.crypto.audit_mac, std::move(e));
    tx.audit().add_subjects(actor.branch_code, seq, contract_numbers);
}

Refusal other_branch_customer(const std::string& field) {
    return refuse("other_branch_customer", field);
}

}  // namespace td::core::detail
