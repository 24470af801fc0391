#pragma once
// Opening and reopening a SOCI session, with failures turned into ConnectionFailed saying why:
// one place for the store's connection, its reconnection after a cut, and the server clock's.
#include <soci/soci.h>

#include <string>
#include <string_view>

#include "dialect.h"

namespace td::store {

// Opens `sql`; throws ConnectionFailed.
void open_session(soci::session& sql, const Dialect& dialect, const std::string& connect_string);
// Reopens `sql` with the string it was opened with; throws ConnectionFailed.
void reopen_session(soci::session& sql, const Dialect& dialect);
// The fault of a step whose connection went away while `doing`.
[[noreturn]] void throw_connection_lost(const Dialect& dialect, std::string_view doing);

}  // namespace td::store
