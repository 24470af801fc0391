#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlStaffRepository final : public core::StaffRepository {
  public:
    explicit SqlStaffRepository(const Db& db) : db_(db) {}
    std::optional<core::Staff> find(const std::string& id) override;
    std::optional<std::string> key_ignoring_case(const std::string& id) override;
    void insert(const core::Staff& s) override;
    void update(const core::Staff& s) override;
    std::int64_t count() override;
    std::vector<core::Staff> all() override;
    std::vector<std::string> earlier_passwords(const std::string& id, std::size_t limit) override;
    void keep_earlier_password(const std::string& id, const std::string& hash,
                               core::TimePoint replaced_at, std::size_t keep) override;

  private:
    const Db& db_;
};

}  // namespace td::store
