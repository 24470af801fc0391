#pragma once
// Private: which customers a retention purge reaches, and what it removes of them.
#include <vector>

#include "td/core/context.h"
#include "td/core/retention_service.h"

namespace td::core::detail {

// Contracts closed before `before` (still holding personal data) whose every token ended
// before it too, by contract number.
std::vector<PurgeCandidate> purge_candidates(Transaction& tx, TimePoint before);

// Removes the contract's personal data — its names, kana, address and phone; its users' names
// and mail addresses (and the addresses their tokens were issued to); what its written forms
// said (visitor, memo, reported details, corrected values); the mails sent to its users — and
// marks it purged. Identifiers (contract number, login IDs), kinds, states, times and staff
// stay.
void purge_contract(Transaction& tx, const std::string& contract_number, TimePoint now);

}  // namespace td::core::detail
