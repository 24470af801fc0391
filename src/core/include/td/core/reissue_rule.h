#pragma once
// Rule 11: when a user may be issued a new token after a revoke.
#include "td/core/time.h"

namespace td::core {

// revoke + 30 minutes; for a revoke in [20:50, 08:10) Japan time, no earlier than the next 08:10.
TimePoint earliest_reissue(TimePoint revoked_at);

}  // namespace td::core
