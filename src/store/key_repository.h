#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlKeyRepository final : public core::KeyRepository {
  public:
    explicit SqlKeyRepository(const Db& db) : db_(db) {}
    std::vector<core::KeyCheck> recorded() override;
    void record(const core::KeyCheck& key) override;

  private:
    const Db& db_;
};

}  // namespace td::store
