#pragma once
// The one database fault callers may want to tell apart from the others.
#include "td/core/outcome.h"

namespace td::store {

// An insert or update hit a primary key or unique constraint (SQLite SQLITE_CONSTRAINT_UNIQUE,
// SQLSTATE 23505). The message names the operation and the constraint, never the values.
// The transaction cannot go on after it (PostgreSQL aborts it): let the step end.
class DuplicateKey : public core::UniqueViolation {
  public:
    using core::UniqueViolation::UniqueViolation;
};

}  // namespace td::store
