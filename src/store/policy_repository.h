#pragma once
#include "db.h"
#include "policy_cache.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlPolicyRepository final : public core::PolicyRepository {
  public:
    SqlPolicyRepository(const Db& db, PolicyCache& cache) : db_(db), cache_(cache) {}
    std::map<std::string, std::string> all() override;
    void put(const std::string& key, const std::string& value) override;

  private:
    const Db& db_;
    PolicyCache& cache_;
};

}  // namespace td::store
