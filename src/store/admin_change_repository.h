#pragma once
#include <functional>

#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlAdminChangeRepository final : public core::AdminChangeRepository {
  public:
    explicit SqlAdminChangeRepository(const Db& db) : db_(db) {}
    std::int64_t insert(const core::AdminChange& c) override;
    std::optional<core::AdminChange> find(std::int64_t id) override;
    bool decide(const core::AdminChange& c) override;
    std::optional<core::AdminChange> pending_for(const std::string& target) override;
    std::vector<core::AdminChange> list(const std::optional<core::AdminChangeState>& state,
                                        std::size_t limit) override;

  private:
    std::vector<core::AdminChange> select(const std::string& where_and_order,
                                          const std::function<void(Query&)>& bind);
    const Db& db_;
};

}  // namespace td::store
