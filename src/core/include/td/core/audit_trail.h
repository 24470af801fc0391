#pragma once
// The audit trail (rule 14, 16): keyed hash chains, one per branch for its procedures and a few
// per branch for its customers' one-time-password decisions. Each event's MAC covers the
// previous event's MAC and the event itself, so editing, deleting or reordering breaks the chain.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "td/core/crypto_ports.h"
#include "td/core/outcome.h"
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

// The event that moves a chain to a newer key of the ring: made with the new key, chained to
// the last event made with the old one, its detail "from_key=N".
inline constexpr const char* kKeyHandover = "key_handover";

// A program whose key is older than the one a chain continues with (its key file was not
// replaced after a rotation): it must not add to the chain.
class KeyOutOfDate : public Fault {
  public:
    KeyOutOfDate(int database_key, int own_key);
    int database_key() const { return database_key_; }

  private:
    int database_key_;
};

// Appends to the event's chain inside the caller's transaction; fills seq, prev_mac, mac and
// key_id, and returns the seq it was given. A chain whose newest event was made with an older
// key than the current one is handed over first (a key_handover event); a newer one throws
// KeyOutOfDate.
std::int64_t record_event(Transaction& tx, AuditMac& mac, AuditEvent event);

// The exact bytes the MAC covers (length-prefixed fields, so no two events share a form).
std::string canonical_event(const AuditEvent& e);

struct ChainCheck {
    bool intact = true;
    std::string broken_chain;
    std::int64_t broken_seq = 0;
    // "mac_mismatch", "sequence_gap", "anchor_not_found", "unknown_key" (made with a key the
    // ring does not hold), "key_out_of_turn" (a key change without its hand-over)
    std::string reason;
    std::map<std::string, ChainHead> heads;
    std::int64_t events_checked = 0;
    std::vector<int> keys_used;  // ascending
};

// Walks every chain, each event checked with the key it names. With an anchor (a head MAC printed earlier), also requires that MAC to
// still be in some chain, which catches the deletion of the most recent events.
ChainCheck verify_chains(Transaction& tx, AuditMac& mac, const std::optional<std::string>& anchor);

}  // namespace td::core
