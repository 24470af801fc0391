#include "sql_store.h"

#include <optional>

#include "connect.h"
#include "migrate.h"
#include "sql_transaction.h"
#include "statement_counter.h"
#include "td/core/outcome.h"
#include "td/store/connection_failure.h"
#include "td/store/errors.h"
#include "write_transaction.h"

namespace td::store {

SqlStore::SqlStore(const Dialect& dialect, const std::string& connect_string)
    : db_{sql_, dialect}, policy_cache_(dialect.policy_max_age) {
    open_session(sql_, dialect, connect_string);
    count_statements(sql_);
}

void SqlStore::migrate(const std::vector<Migration>& migrations,
                       const std::vector<core::KeyCheck>& ring) {
    std::lock_guard lock(mutex_);
    store::migrate(db_, migrations, ring);
}

int SqlStore::schema_version() {
    std::lock_guard lock(mutex_);
    return stored_version(db_);
}

std::vector<core::KeyCheck> SqlStore::recorded_keys() {
    std::lock_guard lock(mutex_);
    return store::recorded_keys(db_);
}

void SqlStore::run(const std::function<bool(core::Transaction&)>& step) {
    transact(step, true);
}

void SqlStore::read(const std::function<void(core::Transaction&)>& step) {
    transact(
        [&](core::Transaction& tx) {
            step(tx);
            return false;
        },
        false);
}

void SqlStore::transact(const std::function<bool(core::Transaction&)>& step, bool write) {
    if (running_on_.load() == std::this_thread::get_id())
        throw core::Fault("Store::run called from inside a step of the same store");
    std::lock_guard lock(mutex_);
    running_on_ = std::this_thread::get_id();
    struct Leave {
        std::atomic<std::thread::id>& who;
        PolicyCache& policy;
        ~Leave() {
            policy.transaction_ended();
            who = std::thread::id{};
        }
    } leave{running_on_, policy_cache_};

    if (suspect_) reconnect_if_lost();
    // Repositories translate their own errors; begin and commit are guarded here. Any
    // exception leaves through ~WriteTransaction, which rolls back (a lost connection's server
    // side rolls back by itself).
    try {
        std::optional<WriteTransaction> tx;
        db_.guard("starting a transaction", [&] {
            tx.emplace(db_, write ? WriteTransaction::Mode::write : WriteTransaction::Mode::read);
        });
        SqlTransaction repositories(db_, policy_cache_);
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
        if (!alive()) throw_connection_lost(db_.dialect, "running a step");
        throw;
    }
}

void SqlStore::set_policy_max_age(std::chrono::steady_clock::duration max_age) {
    std::lock_guard lock(mutex_);
    policy_cache_.set_max_age(max_age);
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
        reopen_session(sql_, db_.dialect);
    } catch (const ConnectionFailed&) {
        suspect_ = true;  // try again at the next step
        throw;
    }
}

}  // namespace td::store
