#pragma once
// Bringing a database's schema up to a list of steps, reading where it stands, and the key
// it was initialised with.
#include <optional>
#include <vector>

#include "db.h"
#include "td/core/key_check.h"
#include "td/store/migration.h"

namespace td::store {

// Applies the steps the database lacks and records `ring`'s keys where no key is recorded yet,
// all in one write transaction with the version bump (an empty `ring`: no key). Throws
// core::Fault when the database is newer than `migrations`, and KeyMismatch (rolling
// everything back) when a recorded key is not in `ring`.
void migrate(const Db& db, const std::vector<Migration>& migrations,
             const std::vector<core::KeyCheck>& ring);

// The highest applied step; 0 for a database without a schema_version table. Reads only.
int stored_version(const Db& db);

// The keys the database records (none before the key step, or before a key was recorded).
// Reads only.
std::vector<core::KeyCheck> recorded_keys(const Db& db);

// Whether the ring holds every key the database records (a ring may hold a newer one: a
// rotation under way).
bool key_matches(const std::vector<core::KeyCheck>& recorded,
                 const std::vector<core::KeyCheck>& ring);

// Throws the newer-schema ConnectionFailed when `stored` is beyond `known`.
void refuse_newer_schema(int stored, int known);

}  // namespace td::store
