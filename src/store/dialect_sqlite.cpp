#include <chrono>
#include <string>
#include <thread>

#include "dialect.h"

namespace td::store {
namespace {

void prepare_sqlite(soci::session& sql) {
    // Off by default in SQLite, per connection.
    sql << "PRAGMA foreign_keys = ON";
    // WAL lets readers go on while one writer writes; the setting is stored in the file.
    // Switching needs the file to itself and SQLite does not wait for that, so programs that
    // open a new file at the same moment would fail here: try for a while, then leave it to
    // whichever of them succeeded (the mode it sets holds for every connection).
    for (int attempt = 0;; ++attempt) {
        try {
            std::string mode;
            sql << "PRAGMA journal_mode = WAL", soci::into(mode);
            return;
        } catch (const soci::soci_error& e) {
            const bool locked = std::string(e.what()).find("locked") != std::string::npos;
            if (!locked) throw;
            if (attempt == 40) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
    }
}

bool sqlite_unique_violation(const soci::soci_error& e) {
    const std::string m = e.get_error_message();
    // SQLite ≥ 3.8.2 says "UNIQUE constraint failed: t.c" for both UNIQUE and PRIMARY KEY;
    // the same text comes through the SQLite ODBC driver.
    return m.find("UNIQUE constraint failed") != std::string::npos;
}

}  // namespace

const Dialect& sqlite_dialect() {
    static const Dialect d{
        .name = "SQLite",
        .soci_backend = "sqlite3",
        .begin_write = "BEGIN IMMEDIATE",
        .begin_read = "BEGIN",
        // AUTOINCREMENT: ids of deleted rows are never reused, so an audit event's
        // "application:12" never comes to mean another application.
        .identity_primary_key = "INTEGER PRIMARY KEY AUTOINCREMENT",
        .lock_rows_suffix = "",
        .ignore_duplicate_suffix = "",
        .lock_schema = "",
        .insert_returning_id = false,
        .one_statement_chain_head = false,
        .prepare_session = prepare_sqlite,
        .is_unique_violation = sqlite_unique_violation,
        .server_time_ms_sql = "",
        .policy_max_age = std::chrono::seconds{0},
    };
    return d;
}

}  // namespace td::store
