#pragma once
// Statements this thread has sent to its databases, counted at the SOCI session (every query a
// store runs, BEGIN and COMMIT included where they are statements). For the load benchmark's
// "round trips per step": with one-time statements on PostgreSQL each is one round trip.
#include <cstdint>

namespace td::store {

std::uint64_t statements_sent_by_this_thread();

}  // namespace td::store
