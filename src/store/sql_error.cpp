#include "sql_error.h"

#include <string>

#include "connect.h"
#include "td/store/connection_failure.h"
#include "td/store/errors.h"

namespace td::store {

void throw_database_fault(const Dialect& dialect, std::string_view doing,
                          const soci::soci_error& e) {
    std::string reason = e.get_error_message();
    reason = reason.substr(0, reason.find('\n'));
    // Drop SOCI's "sqlite3_statement_backend::loadOne: " prefix: it names SOCI internals.
    if (const auto colon = reason.find(": ");
        colon != std::string::npos && reason.rfind("::", colon) != std::string::npos)
        reason.erase(0, colon + 2);
    // PostgreSQL's text follows SOCI's own preamble ("Cannot execute query. Fatal error.",
    // "Error executing statement:"); keep the server's part.
    if (const auto server = reason.find("ERROR:"); server != std::string::npos) {
        reason.erase(0, server + 6);
        reason.erase(0, reason.find_first_not_of(' '));
    }
    const std::string where = std::string(doing) + " (" + dialect.name + "): " + reason;
    if (dialect.is_unique_violation && dialect.is_unique_violation(e))
        throw DuplicateKey("duplicate key while " + where);
    // SQLITE_BUSY after the busy timeout ("database is locked"), through SOCI or the SQLite
    // ODBC driver: another program's write, not whatever this statement was doing.
    if (e.get_error_message().find("database is locked") != std::string::npos ||
        e.get_error_message().find("database is busy") != std::string::npos)
        throw DatabaseBusy("the database is busy: another program has been writing to it for "
                           "longer than this one waits; nothing was written: try again (" +
                           std::string(doing) + ", " + dialect.name + ")");
    if (classify_connection_failure(e.get_error_message()) == ConnectionProblem::connection_lost)
        throw_connection_lost(dialect, doing);
    throw core::Fault("database error while " + where);
}

}  // namespace td::store
