#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlContractRepository final : public core::ContractRepository {
  public:
    explicit SqlContractRepository(const Db& db) : db_(db) {}
    std::optional<core::Contract> find(const std::string& number) override;
    std::vector<core::Contract> closed_before(core::TimePoint before) override;
    std::optional<std::string> key_ignoring_case(const std::string& number) override;
    void insert(const core::Contract& c) override;
    void update(const core::Contract& c) override;
    std::vector<core::Contract> search(const std::string& prefix, std::size_t limit,
                                       const std::optional<std::string>& branch_code) override;

  private:
    const Db& db_;
};

}  // namespace td::store
