#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlKeptAnswerRepository final : public core::KeptAnswerRepository {
  public:
    explicit SqlKeptAnswerRepository(const Db& db) : db_(db) {}
    std::optional<core::KeptAnswer> find(const std::string& host, const std::string& key) override;
    void insert(const core::KeptAnswer& answer) override;
    void forget_before(core::TimePoint before) override;

  private:
    const Db& db_;
};

}  // namespace td::store
