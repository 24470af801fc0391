#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlSealedDataRepository final : public core::SealedDataRepository {
  public:
    explicit SqlSealedDataRepository(const Db& db) : db_(db) {}
    std::vector<core::SealedItem> after(core::SealedKind kind, const std::string& after,
                                        std::size_t limit) override;
    bool replace(core::SealedKind kind, const std::string& id,
                 const std::vector<std::uint8_t>& was,
                 const std::vector<std::uint8_t>& now) override;

  private:
    const Db& db_;
};

}  // namespace td::store
