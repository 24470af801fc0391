#pragma once
// The database schema as an ordered list of steps; the schema version is the number applied.
#include <string>
#include <vector>

namespace td::store {

// One schema step: statements run in order, in the same transaction as the version bump.
// `{id_pk}` in a statement stands for the backend's generated BIGINT primary key column type.
struct Migration {
    std::vector<std::string> statements;
};

// This program's schema, oldest step first. Steps are only ever appended, never edited.
const std::vector<Migration>& schema_migrations();

}  // namespace td::store
