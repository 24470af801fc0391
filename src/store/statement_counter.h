#pragma once
// The SOCI logger every store session gets: counts statements per thread (round_trips.h) and
// keeps the last query as SOCI's default logger would.
#include <soci/soci.h>

namespace td::store {

void count_statements(soci::session& sql);

}  // namespace td::store
