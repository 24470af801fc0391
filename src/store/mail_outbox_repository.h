#pragma once
#include <functional>

#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlMailOutboxRepository final : public core::MailOutboxRepository {
  public:
    explicit SqlMailOutboxRepository(const Db& db) : db_(db) {}
    std::int64_t insert(const core::OutgoingMail& mail) override;
    std::optional<core::OutgoingMail> find(std::int64_t id) override;
    std::vector<core::OutgoingMail> due(core::TimePoint now, std::size_t limit) override;
    bool claim(std::int64_t id, int attempts, core::TimePoint now, core::TimePoint until) override;
    void update(const core::OutgoingMail& mail) override;
    std::int64_t pending() override;
    std::int64_t forget_for(const std::string& login_id) override;

  private:
    std::vector<core::OutgoingMail> select(const std::string& where_and_order,
                                           const std::function<void(Query&)>& bind);
    const Db& db_;
};

}  // namespace td::store
