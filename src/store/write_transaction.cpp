#include "write_transaction.h"

namespace td::store {

WriteTransaction::WriteTransaction(const Db& db, Mode mode) : db_(db) {
    // Plain statements rather than session::begin(): SOCI's begin() on SQLite is a deferred
    // BEGIN, which makes concurrent writers fail instead of waiting their turn.
    const std::string& begin =
        mode == Mode::write ? db_.dialect.begin_write : db_.dialect.begin_read;
    statements_ = !begin.empty();
    if (statements_)
        db_.sql << begin;
    else
        db_.sql.begin();
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
    if (!statements_) {
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
