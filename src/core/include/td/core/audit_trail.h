#pragma once
// The audit trail (rule 14, 16): keyed hash chains, one per branch for its procedures and a few
// per branch for its customers' one-time-password decisions. Each event's MAC covers the
// previous event's MAC and the event itself, so editing, deleting or reordering breaks the chain.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "td/core/crypto_ports.h"
#include "td/core/repositories.h"

namespace td::core {

inline constexpr const char* kSystemChain = "system";

// Sign-ins and transaction codes are the busiest events by far, and appending to a chain waits
// for its head: so a branch's OTP decisions go to one of kOtpChains chains, chosen by login ID
// ("001/otp5"). Customers of one branch rarely wait on each other, and each customer's
// decisions stay in order in one chain.
inline constexpr int kOtpChains = 8;
std::string otp_chain(const std::string& branch_code, const std::string& login_id);
// Every chain a branch's events go to: its own, then its OTP chains.
std::vector<std::string> branch_chains(const std::string& branch_code);

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
