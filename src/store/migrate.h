#pragma once
// Bringing a database's schema up to a list of steps, and reading where it stands.
#include <vector>

#include "db.h"
#include "td/store/migration.h"

namespace td::store {

// Applies the steps the database lacks, all in one write transaction with the version bump.
// Throws core::Fault when the database is newer than `migrations`.
void migrate(const Db& db, const std::vector<Migration>& migrations);

// The highest applied step; 0 for a database without a schema_version table.
int stored_version(const Db& db);

}  // namespace td::store
