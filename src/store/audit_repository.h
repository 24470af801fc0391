#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlAuditRepository final : public core::AuditRepository {
  public:
    explicit SqlAuditRepository(const Db& db) : db_(db) {}
    std::optional<core::ChainHead> lock_head(const std::string& chain) override;
    void append(const core::AuditEvent& e) override;
    // Sorted by byte value, whatever the database's collation.
    std::vector<std::string> chains() override;
    std::vector<core::AuditEvent> events(const std::string& chain) override;
    std::optional<core::ChainHead> head_before(const std::string& chain,
                                               core::TimePoint until) override;
    void add_subjects(const std::string& chain, std::int64_t seq,
                      const std::vector<std::string>& contract_numbers) override;
    std::int64_t count_actions(const std::vector<std::string>& chains, const std::string& action,
                               core::TimePoint from, core::TimePoint until) override;
    std::vector<core::AuditEvent> events_of(const std::vector<std::string>& chains,
                                            const std::vector<std::string>& actions,
                                            core::TimePoint from, core::TimePoint until) override;
    std::vector<core::AuditEvent> events_about(const std::string& contract_number) override;

  private:
    const Db& db_;
};

}  // namespace td::store
