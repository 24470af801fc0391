#pragma once
// The database faults callers may want to tell apart from the others.
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

namespace td::store {

// Another program held the database's write lock for longer than this one waits (SQLite's
// busy timeout): nothing of the step was written, and trying again later will do. Not a
// schema or data problem, whatever statement happened to be waiting.
class DatabaseBusy : public core::Fault {
  public:
    using core::Fault::Fault;
};

}  // namespace td::store
