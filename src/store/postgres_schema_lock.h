#pragma once
// The lock PostgreSQL sessions (native or through ODBC) take around a schema upgrade.

namespace td::store {

// A transaction-scoped advisory lock, released at COMMIT or ROLLBACK. The key is arbitrary
// but fixed ("TokenDsk" in ASCII) so that every TokenDesk version takes the same lock.
inline constexpr const char* kLockSchema = "SELECT pg_advisory_xact_lock(6084199704986678123)";

}  // namespace td::store
