#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlHostEventRepository final : public core::HostEventRepository {
  public:
    explicit SqlHostEventRepository(const Db& db) : db_(db) {}
    std::int64_t append(const core::HostEvent& event) override;
    std::vector<core::HostEvent> after(std::int64_t seq,
                                       const std::vector<std::string>& service_ids,
                                       std::size_t limit) override;

  private:
    const Db& db_;
};

}  // namespace td::store
