#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlBranchRepository final : public core::BranchRepository {
  public:
    explicit SqlBranchRepository(const Db& db) : db_(db) {}
    std::optional<core::Branch> find(const std::string& code) override;
    void insert(const core::Branch& b) override;
    std::int64_t count() override;
    std::vector<core::Branch> all() override;

  private:
    const Db& db_;
};

}  // namespace td::store
