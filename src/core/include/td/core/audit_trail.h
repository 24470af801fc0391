#pragma once
// The audit trail (rule 14, 16): one keyed hash chain per branch. Each event's MAC covers the
// previous event's MAC and the event itself, so editing, deleting or reordering breaks the chain.
#include <map>
#include <optional>
#include <string>

#include "td/core/crypto_ports.h"
#include "td/core/repositories.h"

namespace td::core {

inline constexpr const char* kSystemChain = "system";

// Appends to the event's chain inside the caller's transaction; fills seq, prev_mac and mac,
// and returns the seq it was given.
std::int64_t record_event(Transaction& tx, AuditMac& mac, AuditEvent event);

// The exact bytes the MAC covers (length-prefixed fields, so no two events share a form).
std::string canonical_event(const AuditEvent& e);

struct ChainCheck {
    bool intact = true;
    std::string broken_chain;
    std::int64_t broken_seq = 0;
    std::string reason;  // "mac_mismatch", "sequence_gap", "anchor_not_found"
    std::map<std::string, ChainHead> heads;
    std::int64_t events_checked = 0;
};

// Walks every chain. With an anchor (a head MAC printed earlier), also requires that MAC to
// still be in some chain, which catches the deletion of the most recent events.
ChainCheck verify_chains(Transaction& tx, AuditMac& mac, const std::optional<std::string>& anchor);

}  // namespace td::core
