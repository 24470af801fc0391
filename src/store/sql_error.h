#pragma once
// Turning SOCI exceptions into core::Fault / DuplicateKey at the adapter's edge.
#include <string_view>

#include "dialect.h"

namespace td::store {

// Throws DuplicateKey or core::Fault for `e`, saying what was being done. Only the first line
// of the database's own message is kept: SOCI's what() appends the bound values and
// PostgreSQL's DETAIL line repeats the key, and neither belongs in a log.
[[noreturn]] void throw_database_fault(const Dialect& dialect, std::string_view doing,
                                       const soci::soci_error& e);

}  // namespace td::store
