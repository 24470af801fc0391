#pragma once
// One transaction on a connection: begun as the dialect says, rolled back unless committed
// (also when the commit itself fails, which SQLite leaves open). A write transaction queues
// behind other writers from its start (SQLite's BEGIN IMMEDIATE); a read-only one does not,
// so reading goes on while another program writes.
#include "db.h"

namespace td::store {

class WriteTransaction {
  public:
    enum class Mode { write, read };
    explicit WriteTransaction(const Db& db, Mode mode = Mode::write);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

  private:
    void end(bool commit);

    const Db& db_;
    bool statements_ = false;  // begun with a statement, so ended with one
    bool open_ = false;
};

}  // namespace td::store
