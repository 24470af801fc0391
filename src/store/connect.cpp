#include "connect.h"

#include "linked_backends.h"
#include "td/store/connection_failure.h"

namespace td::store {
namespace {

// The driver's own words after SOCI's preamble line ("Cannot establish connection to the
// database."): the first line that says something, e.g. libpq's "connection to server at …
// failed: Connection refused".
std::string driver_detail(const std::string& message) {
    std::string best;
    std::size_t start = 0;
    while (start <= message.size()) {
        const auto end = message.find('\n', start);
        std::string line = message.substr(start, end == std::string::npos ? end : end - start);
        line.erase(0, line.find_first_not_of(" \t"));
        const bool preamble = line.rfind("Cannot establish connection", 0) == 0 ||
                              line.rfind("Error connecting to database", 0) == 0;
        if (!line.empty() && !preamble) return line;
        if (best.empty()) best = line;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return best;
}

[[noreturn]] void throw_failed(const Dialect& dialect, const soci::soci_error& e) {
    const std::string message = e.get_error_message();
    const ConnectionProblem problem = classify_connection_failure(message);
    throw ConnectionFailed(problem, describe_connection_failure(problem, driver_detail(message)) +
                                        " [" + dialect.name + "]");
}

}  // namespace

void open_session(soci::session& sql, const Dialect& dialect, const std::string& connect_string) {
    register_linked_backends();
    try {
        sql.open(dialect.soci_backend, connect_string);
        if (dialect.prepare_session) dialect.prepare_session(sql);
    } catch (const soci::soci_error& e) {
        throw_failed(dialect, e);
    }
}

void reopen_session(soci::session& sql, const Dialect& dialect) {
    try {
        sql.reconnect();
        if (dialect.prepare_session) dialect.prepare_session(sql);
    } catch (const soci::soci_error& e) {
        throw_failed(dialect, e);
    }
}

void throw_connection_lost(const Dialect& dialect, std::string_view doing) {
    throw ConnectionFailed(ConnectionProblem::connection_lost,
                           describe_connection_failure(ConnectionProblem::connection_lost, {}) +
                               " (" + std::string(doing) + ", " + dialect.name + ")");
}

}  // namespace td::store
