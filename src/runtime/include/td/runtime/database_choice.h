#pragma once
// The settings screen's view of a database URL: which backend, and its parts as fields a bank's
// IT administrator fills in (host, port, database, user, password, TLS mode; a DSN string for
// ODBC). Composed into, and split from, the URL tokendesk.conf holds.
#include <string>

namespace td::runtime {

enum class DatabaseKind { sqlite, postgresql, odbc };

struct DatabaseChoice {
    DatabaseKind kind = DatabaseKind::sqlite;
    std::string sqlite_path;
    std::string host;
    std::string port;
    std::string database;
    std::string user;
    std::string password;
    std::string
        sslmode;  // libpq's: disable, prefer, require, verify-ca, verify-full; empty: default
    std::string options;  // further libpq options, "a=b&c=d", kept as they were
    std::string odbc;     // "DSN=NAME" or "Driver={…};Server=…;…"
};

// postgresql://USER:PASS@HOST:PORT/DB?sslmode=…, with user, password and database
// percent-encoded; sqlite:PATH; odbc:STRING.
std::string compose_database_url(const DatabaseChoice& choice);
// The reverse, for editing what tokendesk.conf holds; an unknown scheme is kept as ODBC text
// so nothing typed is lost.
DatabaseChoice split_database_url(const std::string& url);

}  // namespace td::runtime
