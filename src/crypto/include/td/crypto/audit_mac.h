#pragma once
// The audit chain's MAC: HMAC-SHA256 under an audit subkey of the key ring.
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "td/core/crypto_ports.h"

namespace td::crypto {

class HmacAuditMac final : public core::AuditMac {
  public:
    // `keys`: audit subkeys by key number; `current` keys new events. Throws core::Fault for an
    // empty key, a current key that is not among them, or when OpenSSL lacks HMAC-SHA256.
    HmacAuditMac(const std::map<int, core::SecretBytes>& keys, int current);
    // One key, numbered 1.
    explicit HmacAuditMac(const core::SecretBytes& key);
    ~HmacAuditMac() override;
    HmacAuditMac(HmacAuditMac&&) noexcept;
    HmacAuditMac& operator=(HmacAuditMac&&) noexcept;

    // 64 lower-case hex characters.
    std::string mac(std::string_view message) override;
    int key_id() const override;
    bool has_key(int key_id) const override;
    std::string mac_under(int key_id, std::string_view message) override;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace td::crypto
