#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlApplicationRepository final : public core::ApplicationRepository {
  public:
    explicit SqlApplicationRepository(const Db& db) : db_(db) {}
    // The database chooses the id; a.id is ignored.
    std::int64_t insert(const core::Application& a) override;
    void update(const core::Application& a) override;
    bool decide(const core::Application& a) override;
    std::optional<core::Application> find(std::int64_t id) override;
    std::vector<core::Application> list(const core::ApplicationFilter& filter) override;

  private:
    const Db& db_;
};

}  // namespace td::store
