#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlPolicyRepository final : public core::PolicyRepository {
  public:
    explicit SqlPolicyRepository(const Db& db) : db_(db) {}
    std::map<std::string, std::string> all() override;
    void put(const std::string& key, const std::string& value) override;

  private:
    const Db& db_;
};

}  // namespace td::store
