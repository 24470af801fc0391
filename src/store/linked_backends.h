#pragma once

namespace td::store {

// Registers SOCI's SQLite, PostgreSQL and ODBC backends, linked into the program, under the
// names sessions open them by; once per process, before the first session. Linked rather
// than loaded from a shared library at run time: one self-contained program on Windows, and
// no library search path to get wrong on Debian.
void register_linked_backends();

}  // namespace td::store
