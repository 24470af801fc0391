#pragma once
// Key rotation as the database sees it. The key file (crypto) gets a new key first; then one
// transaction records the key's check value and hands every audit chain over to it, and the
// seeds are sealed again under it in batches of one transaction each. Every old key stays in
// the ring, so at any moment every seed and every event can be read and checked, and an
// interrupted rotation is finished by running it again.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/key_check.h"
#include "td/core/outcome.h"

namespace td::core {

struct SealedCount {
    SealedKind kind = SealedKind::token_seed;
    std::map<int, std::int64_t> by_key;  // key number -> how many are sealed with it
};

struct KeyRingStatus {
    std::vector<KeyCheck> recorded;  // the database's keys, oldest first
    int current = 1;                 // the newest: what seals and keys events now
    std::vector<SealedCount> sealed;  // token seeds, device seeds
    // Sealed with an older key than the current one (a rotation to finish).
    std::int64_t behind = 0;
};

struct HandOver {
    int key_id = 0;
    std::int64_t chains = 0;  // chains given a key_handover event
};

struct ResealProgress {
    SealedKind kind = SealedKind::token_seed;
    int batch = 0;                // counted from 1 over the whole run
    std::int64_t resealed = 0;    // so far, in this run
    std::int64_t skipped = 0;     // changed by someone else meanwhile: taken in a later run
};

// Tests stand in here for a process killed in the middle of a batch.
struct ResealWatch {
    std::function<void(const ResealProgress&)> batch_done;
    std::function<void(int batch)> before_commit;
};

class KeyRingService {
  public:
    explicit KeyRingService(Context ctx) : ctx_(ctx) {}

    // Admin only. Reads every sealed seed's key number.
    Outcome<KeyRingStatus> status(const Actor& actor);
    // Admin only, and the crypto ports' current key must be `key`, one past the database's
    // newest: records it and appends a key_handover event (made with the new key) to every
    // chain, then a key_rotated event in the system chain; one transaction. Refused as
    // key_not_next when the key is not the next one.
    Outcome<HandOver> hand_over(const Actor& actor, const KeyCheck& key);
    // Admin only, the database handed over to the ports' current key: seals again, under it,
    // every seed sealed with an older key, `batch_size` to a transaction. A seed changed by
    // another program meanwhile is left for the next run; the last progress says so. Ends
    // with a keys_resealed event in the system chain.
    Outcome<ResealProgress> reseal(const Actor& actor, std::size_t batch_size,
                                   const ResealWatch& watch = {});

  private:
    Context ctx_;
};

}  // namespace td::core
