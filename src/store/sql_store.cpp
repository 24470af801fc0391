#include "sql_store.h"

#include <optional>

#include "migrate.h"
#include "sql_transaction.h"
#include "statement_counter.h"
#include "td/core/outcome.h"
#include "td/store/connection_failure.h"
#include "td/store/errors.h"
#include "write_transaction.h"

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

}  // namespace

SqlStore::SqlStore(const Dialect& dialect, const std::string& connect_string) : db_{sql_, dialect} {
    try {
        sql_.open(dialect.soci_backend, connect_string);
    } catch (const soci::soci_error& e) {
        const std::string message = e.get_error_message();
        throw ConnectionFailed(classify_connection_failure(message),
                               describe_connection_failure(classify_connection_failure(message),
                                                           driver_detail(message)) +
                                   " [" + dialect.name + "]");
    }
    count_statements(sql_);
    db_.guard("connecting", [&] {
        if (dialect.prepare_session) dialect.prepare_session(sql_);
    });
}

void SqlStore::migrate(const std::vector<Migration>& migrations) {
    std::lock_guard lock(mutex_);
    store::migrate(db_, migrations);
}

int SqlStore::schema_version() {
    std::lock_guard lock(mutex_);
    return stored_version(db_);
}

void SqlStore::run(const std::function<bool(core::Transaction&)>& step) {
    if (running_on_.load() == std::this_thread::get_id())
        throw core::Fault("Store::run called from inside a step of the same store");
    std::lock_guard lock(mutex_);
    running_on_ = std::this_thread::get_id();
    struct Leave {
        std::atomic<std::thread::id>& who;
        ~Leave() { who = std::thread::id{}; }
    } leave{running_on_};

    if (suspect_) reconnect_if_lost();
    // Repositories translate their own errors; begin and commit are guarded here. Any
    // exception leaves through ~WriteTransaction, which rolls back (a lost connection's server
    // side rolls back by itself).
    try {
        std::optional<WriteTransaction> tx;
        db_.guard("starting a transaction", [&] { tx.emplace(db_); });
        SqlTransaction repositories(db_);
        if (!step(repositories)) return;
        db_.guard("committing", [&] { tx->commit(); });
    } catch (const ConnectionFailed&) {
        suspect_ = true;
        throw;
    } catch (const DuplicateKey&) {
        throw;  // the step's own conflict; the connection is fine
    } catch (const core::Fault&) {
        suspect_ = true;
        // Some drivers (psqlODBC) report a dead connection as whatever the next call hit
        // ("internal SAVEPOINT failed"): ask the connection itself before blaming the step.
        if (!alive())
            throw ConnectionFailed(
                ConnectionProblem::connection_lost,
                describe_connection_failure(ConnectionProblem::connection_lost, {}) + " [" +
                    db_.dialect.name + "]");
        throw;
    }
}

bool SqlStore::alive() {
    try {
        int one = 0;
        sql_ << "SELECT 1", soci::into(one);
        return true;
    } catch (const soci::soci_error&) {
        return false;
    }
}

void SqlStore::reconnect_if_lost() {
    suspect_ = false;
    if (alive()) return;  // the failure was the step's own
    try {
        sql_.reconnect();
        if (db_.dialect.prepare_session) db_.dialect.prepare_session(sql_);
    } catch (const soci::soci_error& e) {
        suspect_ = true;  // try again at the next step
        const auto problem = classify_connection_failure(e.get_error_message());
        throw ConnectionFailed(
            problem, describe_connection_failure(problem, {}) + " [" + db_.dialect.name + "]");
    }
}

}  // namespace td::store
