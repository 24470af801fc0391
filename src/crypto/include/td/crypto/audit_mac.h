#pragma once
// The audit chain's MAC: HMAC-SHA256 under the key file's audit subkey.
#include <memory>
#include <string>
#include <string_view>

#include "td/core/crypto_ports.h"

namespace td::crypto {

class HmacAuditMac final : public core::AuditMac {
  public:
    // Throws core::Fault for an empty key or when OpenSSL lacks HMAC-SHA256.
    explicit HmacAuditMac(const core::SecretBytes& key);
    ~HmacAuditMac() override;
    HmacAuditMac(HmacAuditMac&&) noexcept;
    HmacAuditMac& operator=(HmacAuditMac&&) noexcept;

    // 64 lower-case hex characters.
    std::string mac(std::string_view message) override;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace td::crypto
