#pragma once
// One write transaction on a connection: begun as the dialect says, rolled back unless
// committed (also when the commit itself fails, which SQLite leaves open).
#include "db.h"

namespace td::store {

class WriteTransaction {
  public:
    explicit WriteTransaction(const Db& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

  private:
    void end(bool commit);

    const Db& db_;
    bool open_ = false;
};

}  // namespace td::store
