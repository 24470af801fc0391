#include "database_url.h"

#include <filesystem>
#include <system_error>

#include "postgres_url.h"
#include "td/core/outcome.h"
#include "td/files/private_files.h"

namespace td::store {
namespace {

constexpr std::string_view kSqlite = "sqlite:";
constexpr std::string_view kOdbc = "odbc:";

DatabaseTarget sqlite_target(const std::string& path) {
    if (path.empty()) throw core::Fault("database URL sqlite: needs a file path");
    // SOCI reads the connection string as key=value pairs; a double-quoted value may hold
    // spaces but cannot hold a double quote.
    if (path.find('"') != std::string::npos)
        throw core::Fault("database path must not contain a double quote");
    if (path != ":memory:") {
        const auto parent = std::filesystem::path(path).parent_path();
        if (!parent.empty()) files::create_private_directories(parent);
        // SQLite would create a missing file readable by everyone (0644); an empty file is an
        // empty database, so it is made first, for the owner only. SQLite gives its journal
        // and WAL files the database file's rights.
        files::create_private_file(path);
    }
    // timeout: seconds a writer waits for another's transaction before giving up.
    return {&sqlite_dialect(), "db=\"" + path + "\" timeout=5"};
}

// The rest is an ODBC connection string (DSN=…; or Driver={…};Server=…;…) for the driver
// manager, passed through unchanged.
DatabaseTarget odbc_target(const std::string& connect_string) {
    if (connect_string.find('=') == std::string::npos)
        throw core::Fault("database URL odbc: needs a connection string such as DSN=NAME");
    return {&odbc_postgresql_dialect(), connect_string};
}

}  // namespace

DatabaseTarget resolve_database_url(const std::string& url) {
    if (url.starts_with(kSqlite)) return sqlite_target(url.substr(kSqlite.size()));
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return {&postgresql_dialect(), postgres_connect_string(url)};
    if (url.starts_with(kOdbc)) return odbc_target(url.substr(kOdbc.size()));
    // Only the scheme: a PostgreSQL or ODBC URL may carry a password.
    const auto colon = url.find(':');
    const std::string scheme =
        colon == std::string::npos ? std::string("(none)") : url.substr(0, colon);
    throw core::Fault("unsupported database URL scheme \"" + scheme +
                      "\"; expected sqlite:PATH, "
                      "postgresql://USER:PASSWORD@HOST:PORT/DATABASE or odbc:DSN=NAME");
}

}  // namespace td::store
