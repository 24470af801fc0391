#include "database_url.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "postgres_url.h"
#include "td/core/outcome.h"
#include "td/platform/private_files.h"
#include "td/platform/utf8_path.h"
#include "td/store/open_store.h"

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
    // timeout: seconds a writer waits for another's transaction before giving up.
    return {&sqlite_dialect(), "db=\"" + path + "\" timeout=5", path == ":memory:" ? "" : path};
}

// The rest is an ODBC connection string (DSN=…; or Driver={…};Server=…;…) for the driver
// manager, passed through unchanged.
DatabaseTarget odbc_target(const std::string& connect_string) {
    if (connect_string.find('=') == std::string::npos)
        throw core::Fault("database URL odbc: needs a connection string such as DSN=NAME");
    return {&odbc_postgresql_dialect(), connect_string, ""};
}

// Replaces the value of every `key=value;` pair whose key is a password's.
std::string without_odbc_password(std::string text) {
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find(';', start), text.size());
        const auto eq = text.find('=', start);
        if (eq != std::string::npos && eq < end) {
            std::string key = text.substr(start, eq - start);
            for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            key.erase(0, key.find_first_not_of(' '));
            if (key == "pwd" || key == "password") {
                text.replace(eq + 1, end - eq - 1, "***");
                start = eq + 1 + 3 + 1;
                continue;
            }
        }
        start = end + 1;
    }
    return text;
}

}  // namespace

std::string sqlite_file_absence(const DatabaseTarget& target) {
    if (target.sqlite_path.empty()) return {};
    std::error_code ec;
    const auto status = std::filesystem::status(platform::path_from_utf8(target.sqlite_path), ec);
    if (!std::filesystem::exists(status)) return "does not exist";
    if (std::filesystem::is_regular_file(status) &&
        std::filesystem::file_size(platform::path_from_utf8(target.sqlite_path), ec) == 0 && !ec)
        return "is empty (0 bytes)";
    return {};
}

void create_sqlite_directories(const DatabaseTarget& target) {
    if (target.sqlite_path.empty()) return;
    const auto parent = platform::path_from_utf8(target.sqlite_path).parent_path();
    if (!parent.empty()) platform::create_private_directories(parent);
    // SQLite would create a missing file readable by everyone (0644); an empty file is an
    // empty database, so it is made first, for the owner only. SQLite gives its journal and
    // WAL files the database file's rights.
    platform::create_private_file(platform::path_from_utf8(target.sqlite_path));
}

std::string database_label(const std::string& url) {
    if (url.starts_with(kSqlite)) return url.substr(kSqlite.size());
    if (url.starts_with(kOdbc)) return without_odbc_password(url);
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string::npos) return url.substr(0, url.find(':'));
    // scheme://[user[:password]@]host… : keep the user, drop the password and the options.
    std::string rest = url.substr(scheme_end + 3);
    rest = rest.substr(0, rest.find('?'));
    if (const auto at = rest.rfind('@'); at != std::string::npos) {
        const auto colon = rest.find(':');
        if (colon != std::string::npos && colon < at) rest.erase(colon, at - colon);
    }
    return url.substr(0, scheme_end + 3) + rest;
}

DatabaseTarget resolve_database_url(const std::string& url) {
    // Every driver reads C strings: a NUL would cut the path or connection string short.
    if (url.find('\0') != std::string::npos)
        throw core::Fault("a database URL must not contain a NUL character");
    if (url.starts_with(kSqlite)) return sqlite_target(url.substr(kSqlite.size()));
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return {&postgresql_dialect(), postgres_connect_string(url), ""};
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
