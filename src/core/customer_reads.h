#pragma once
// Who looked at whom (private to core): every read that shows customers' data is limited to the
// branches the actor may see and is recorded against each customer it showed.
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/policy.h"

namespace td::core::detail {

// One audit event in the actor's branch chain whose detail holds the contract numbers shown and
// the query (MACed with the chain), and those numbers indexed as the event's subjects so
// that `AuditService::reads_of` finds every look at one customer. Recorded even when nothing
// was shown: the query itself says what was looked for.
void record_customer_read(Context& ctx, Transaction& tx, const Actor& actor,
                          const std::string& action, const std::string& target,
                          const std::string& query, std::vector<std::string> contract_numbers);

// Refusal for a customer of a branch the actor may not see (policy cross_branch_read).
Refusal other_branch_customer(const std::string& field);

}  // namespace td::core::detail
