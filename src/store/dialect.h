#pragma once
// What differs between database backends, kept in one place so that adding PostgreSQL or
// ODBC means adding a Dialect, not editing the repositories.
#include <soci/soci.h>

#include <chrono>
#include <string>

namespace td::store {

struct Dialect {
    std::string name;  // for messages
    // SOCI backend loaded at run time by name.
    std::string soci_backend;
    // Starts a write transaction. SQLite needs BEGIN IMMEDIATE: a deferred BEGIN lets two
    // writers both read and then fail with SQLITE_BUSY instead of queueing.
    std::string begin_write;
    // Starts a transaction that only reads (empty: SOCI's begin()). On SQLite a deferred
    // BEGIN, which takes no write lock: with WAL it reads while another program writes.
    std::string begin_read;
    // Column type of generated ids (replaces `{id_pk}` in migrations).
    std::string identity_primary_key;
    // Appended to a SELECT to lock the rows it reads until the transaction ends
    // (" FOR UPDATE"); empty where begin_write already serialises writers.
    std::string lock_rows_suffix;
    // Appended to an INSERT so that a row someone else already inserted is left alone instead
    // of failing (" ON CONFLICT DO NOTHING"); used only where lock_rows_suffix is set.
    std::string ignore_duplicate_suffix;
    // Run first in the schema upgrade's transaction to make concurrent upgrades queue; empty
    // where begin_write already does. (PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe
    // against a concurrent creator.)
    std::string lock_schema;
    // true: INSERT … RETURNING id; false: session::get_last_insert_id.
    bool insert_returning_id = false;
    // true: INSERT … ON CONFLICT DO UPDATE … RETURNING, and an INSERT inside WITH feeding an
    // UPDATE (PostgreSQL), so that an audit chain's head is locked and read, or an event
    // appended and the head moved, in one round trip each. Required wherever lock_rows_suffix
    // is set: it is how concurrent writers of one chain queue.
    bool one_statement_chain_head = false;
    // Per-connection settings, run once after connecting and before any transaction.
    void (*prepare_session)(soci::session&) = nullptr;
    // Whether an error is a primary key or unique constraint violation.
    bool (*is_unique_violation)(const soci::soci_error&) = nullptr;
    // The server's time as Unix milliseconds, for the server clock; empty where the database is
    // on this PC (SQLite) and the PC's clock is the only one there is.
    std::string server_time_ms_sql;
    // How long a connection keeps the policy it read (see PolicyCache): zero where reading it
    // costs no round trip to a server (SQLite), and where several programs on this PC share
    // the file and each expects another's change at once.
    std::chrono::seconds policy_max_age{0};
};

const Dialect& sqlite_dialect();
const Dialect& postgresql_dialect();
// PostgreSQL behind psqlODBC; connecting to another DBMS through it is refused.
const Dialect& odbc_postgresql_dialect();

}  // namespace td::store
