#pragma once
// Token seeds at rest: AES-256-GCM under the key file's sealing subkey.
// Sealed form: version byte 1 || 12-byte random nonce || ciphertext || 16-byte tag,
// authenticated with the associated data "tokendesk-seed-v1".
#include <cstdint>
#include <span>
#include <vector>

#include "td/core/crypto_ports.h"
#include "td/crypto/random.h"

namespace td::crypto {

class AesGcmSeedVault final : public core::SeedVault {
  public:
    // `key` must be 32 bytes (KeyFile::seed_sealing_key()); throws core::Fault otherwise.
    explicit AesGcmSeedVault(const core::SecretBytes& key);

    std::vector<std::uint8_t> seal(const core::SecretBytes& seed) override;
    // Throws core::Fault when the data is truncated, of another version, altered, or sealed
    // under another key.
    core::SecretBytes unseal(std::span<const std::uint8_t> sealed) override;

  private:
    core::SecretBytes key_;
    OpenSslRandom random_;
};

}  // namespace td::crypto
