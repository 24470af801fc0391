#pragma once
// What PostgreSQL sessions (native or through ODBC) share: the lock around a schema upgrade and
// how the server tells its time, and how long a connection keeps the policy.
#include <chrono>

namespace td::store {

// A transaction-scoped advisory lock, released at COMMIT or ROLLBACK. The key is arbitrary
// but fixed ("TokenDsk" in ASCII) so that every TokenDesk version takes the same lock.
inline constexpr const char* kLockSchema = "SELECT pg_advisory_xact_lock(6084199704986678123)";

// clock_timestamp(), not now(): now() is the start of the transaction.
inline constexpr const char* kServerTimeMs =
    "SELECT CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 1000) AS BIGINT)";

// Counter PCs of every branch share the policy: an administrator's change reaches them all
// within half a minute, and each step is spared a round trip.
inline constexpr std::chrono::seconds kPolicyMaxAge{30};

}  // namespace td::store
