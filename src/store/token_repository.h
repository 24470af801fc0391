#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlTokenRepository final : public core::TokenRepository {
  public:
    explicit SqlTokenRepository(const Db& db) : db_(db) {}
    std::optional<core::Token> find(std::int64_t id) override;
    std::optional<core::Token> find_by_token_user_id(const std::string& token_user_id) override;
    std::vector<core::Token> for_user(const std::string& login_id) override;
    std::int64_t count_live_software_by_email(const std::string& email) override;
    // The database chooses the id; t.id is ignored.
    std::int64_t insert(const core::Token& t) override;
    void update(const core::Token& t) override;
    bool advance_counter(std::int64_t token_id, std::int64_t from, std::int64_t to) override;
    std::vector<core::Token> all() override;

  private:
    const Db& db_;
};

}  // namespace td::store
