#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlUserRepository final : public core::UserRepository {
  public:
    explicit SqlUserRepository(const Db& db) : db_(db) {}
    std::optional<core::User> find(const std::string& login_id) override;
    std::optional<std::string> key_ignoring_case(const std::string& login_id) override;
    std::optional<core::User> find_for_update(const std::string& login_id) override;
    void insert(const core::User& u) override;
    void update(const core::User& u) override;
    std::vector<core::User> by_contract(const std::string& contract_number) override;
    std::vector<core::User> locked_masters(const std::string& branch_code) override;

  private:
    std::optional<core::User> read_one(const std::string& login_id, const std::string& suffix);

    const Db& db_;
};

}  // namespace td::store
