#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlPrintRepository final : public core::PrintRepository {
  public:
    explicit SqlPrintRepository(const Db& db) : db_(db) {}
    std::optional<core::PrintRecord> find(const std::string& document,
                                          const std::string& target) override;
    core::PrintRecord record(const std::string& document, const std::string& target,
                             std::int64_t application_id, const std::string& by,
                             core::TimePoint at) override;

  private:
    const Db& db_;
};

}  // namespace td::store
