#pragma once
// From a TokenDesk database URL to a dialect and a SOCI connection string.
#include <string>

#include "dialect.h"

namespace td::store {

struct DatabaseTarget {
    const Dialect* dialect = nullptr;
    std::string connect_string;
    std::string sqlite_path;  // `sqlite:PATH`'s file; empty for a server or ":memory:"
};

// Throws core::Fault for an unsupported or malformed URL. Creates nothing.
DatabaseTarget resolve_database_url(const std::string& url);

// Why there is no database at a SQLite target ("does not exist", "is empty": SQLite makes a
// 0-byte file when it merely opens a path), or "" when the file holds something.
std::string sqlite_file_absence(const DatabaseTarget& target);

// Creates a SQLite target's parent directories (a new database on a fresh PC has none).
void create_sqlite_directories(const DatabaseTarget& target);

}  // namespace td::store
