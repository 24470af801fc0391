#pragma once
// postgresql://USER:PASS@HOST:PORT/DB?option=value&… to the libpq key=value string SOCI's
// postgresql backend wants (SOCI 4.0 does not accept the URI form itself).
#include <optional>
#include <string>
#include <string_view>

namespace td::store {

// Percent-decodes user, password, host and database name; query parameters become libpq
// options as they are (libpq itself refuses unknown ones). Adds client_encoding=UTF8 unless
// given. Throws core::Fault for a malformed URL; the message never quotes the URL, which
// may hold a password.
std::string postgres_connect_string(std::string_view url);

// The same split in two, for programs that must not see the password on their command line
// (pg_dump takes it from PGPASSWORD): the string without it, and the password if any.
struct PostgresLogin {
    std::string connect;
    std::optional<std::string> password;
};
PostgresLogin postgres_login(std::string_view url);

// A libpq key=value value, single-quoted when it is empty or holds spaces, quotes or
// backslashes.
std::string libpq_value(std::string_view value);

}  // namespace td::store
