#pragma once
#include "db.h"
#include "td/core/repositories.h"

namespace td::store {

class SqlDeviceRepository final : public core::DeviceRepository {
  public:
    explicit SqlDeviceRepository(const Db& db) : db_(db) {}
    std::optional<core::Device> find(const std::string& serial) override;
    std::optional<std::string> key_ignoring_case(const std::string& serial) override;
    void insert(const core::Device& d) override;
    void update(const core::Device& d) override;
    bool assign(const std::string& serial, const std::string& login_id,
                std::int64_t token_id) override;
    std::vector<core::Device> list(const core::DeviceFilter& filter) override;
    std::vector<core::DeviceCount> counts() override;
    std::int64_t settle_import(std::int64_t change_id, bool accept) override;

  private:
    const Db& db_;
};

}  // namespace td::store
