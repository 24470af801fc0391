#include "sql_store.h"

#include <optional>

#include "migrate.h"
#include "sql_transaction.h"
#include "td/core/outcome.h"
#include "write_transaction.h"

namespace td::store {

SqlStore::SqlStore(const Dialect& dialect, const std::string& connect_string) : db_{sql_, dialect} {
    db_.guard("connecting", [&] {
        sql_.open(dialect.soci_backend, connect_string);
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

    // Repositories translate their own errors; begin and commit are guarded here. Any
    // exception leaves through ~WriteTransaction, which rolls back.
    std::optional<WriteTransaction> tx;
    db_.guard("starting a transaction", [&] { tx.emplace(db_); });
    SqlTransaction repositories(db_);
    if (!step(repositories)) return;
    db_.guard("committing", [&] { tx->commit(); });
}

}  // namespace td::store
