#include "td/store/connection_failure.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace td::store {
namespace {

bool has(std::string_view text, std::string_view what) {
    return std::search(text.begin(), text.end(), what.begin(), what.end(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           }) != text.end();
}

}  // namespace

ConnectionProblem classify_connection_failure(std::string_view m) {
    // Lost during a step: PostgreSQL's and psqlODBC's words, and SQLSTATE class 08 / 57P0x.
    if (has(m, "terminating connection") || has(m, "server closed the connection") ||
        has(m, "no connection to the server") || has(m, "could not receive data from server") ||
        has(m, "connection dead") || has(m, "connection has been lost") ||
        has(m, "could not send data to server") || has(m, "SQL state 08S01") ||
        has(m, "SQL state 57P01"))
        return ConnectionProblem::connection_lost;
    if (has(m, "password authentication failed") || has(m, "no password supplied") ||
        has(m, "pg_hba.conf") || has(m, "authentication failed") ||
        (has(m, "role \"") && has(m, "does not exist")))
        return ConnectionProblem::login_refused;
    if (has(m, "database \"") && has(m, "does not exist"))
        return ConnectionProblem::no_such_database;
    if (has(m, "could not translate host name") || has(m, "name or service not known") ||
        has(m, "temporary failure in name resolution"))
        return ConnectionProblem::unknown_host;
    if (has(m, "connection refused") || has(m, "timeout expired") || has(m, "no route to host") ||
        has(m, "network is unreachable") || has(m, "could not connect to server") ||
        has(m, "server closed the connection") ||
        (has(m, "no such file or directory") && has(m, "socket")))
        return ConnectionProblem::server_unreachable;
    if (has(m, "ssl") || has(m, "certificate")) return ConnectionProblem::tls_failed;
    if (has(m, "can't open lib") || has(m, "file not found"))
        return ConnectionProblem::driver_missing;
    if (has(m, "data source name not found")) return ConnectionProblem::no_such_dsn;
    if (has(m, "is newer than this tokendesk")) return ConnectionProblem::newer_schema;
    return ConnectionProblem::other;
}

std::string describe_connection_failure(ConnectionProblem problem, std::string_view detail) {
    std::string what;
    switch (problem) {
        case ConnectionProblem::server_unreachable:
            what =
                "the database server does not answer: is it running, and is the host and "
                "port right?";
            break;
        case ConnectionProblem::unknown_host:
            what = "the database server's host name is unknown";
            break;
        case ConnectionProblem::login_refused:
            what = "the database server refused the user name or password";
            break;
        case ConnectionProblem::no_such_database:
            what = "the database does not exist on the server";
            break;
        case ConnectionProblem::tls_failed:
            what = "the TLS connection to the database server failed (sslmode, certificates)";
            break;
        case ConnectionProblem::driver_missing:
            what = "the ODBC driver cannot be loaded (is odbc-postgresql installed?)";
            break;
        case ConnectionProblem::no_such_dsn:
            what = "the ODBC data source is not defined in odbc.ini";
            break;
        case ConnectionProblem::newer_schema:
            what = "the database was written by a newer TokenDesk: update this program";
            break;
        case ConnectionProblem::connection_lost:
            what =
                "the connection to the database server was lost; nothing of this step was "
                "saved: try again";
            break;
        case ConnectionProblem::other:
            what = "the database cannot be opened";
            break;
    }
    if (!detail.empty()) what += " (" + std::string(detail) + ")";
    return what;
}

}  // namespace td::store
