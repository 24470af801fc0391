#include "write_transaction.h"

namespace td::store {

WriteTransaction::WriteTransaction(const Db& db) : db_(db) {
    // Plain statements rather than session::begin(): SOCI's begin() on SQLite is a deferred
    // BEGIN, which makes concurrent writers fail instead of waiting their turn.
    if (db_.dialect.begin_write.empty())
        db_.sql.begin();
    else
        db_.sql << db_.dialect.begin_write;
    open_ = true;
}

WriteTransaction::~WriteTransaction() {
    if (!open_) return;
    try {
        end(false);
    } catch (...) {
        // Already unwinding from the real error, or the connection is gone and the server
        // rolls back by itself.
    }
}

void WriteTransaction::commit() {
    end(true);
}

void WriteTransaction::end(bool commit) {
    if (db_.dialect.begin_write.empty()) {
        if (commit)
            db_.sql.commit();
        else
            db_.sql.rollback();
    } else {
        db_.sql << (commit ? "COMMIT" : "ROLLBACK");
    }
    // Only now: a failed COMMIT leaves the transaction open, for the destructor to roll back.
    open_ = false;
}

}  // namespace td::store
