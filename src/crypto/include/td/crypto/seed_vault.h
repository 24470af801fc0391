#pragma once
// Token seeds at rest: AES-256-GCM under a sealing subkey of the key ring.
// Sealed form: version byte 2 || key number (4 bytes, big-endian) || 12-byte random nonce ||
// ciphertext || 16-byte tag, authenticated with the associated data "tokendesk-seed-v2" and the
// key number. Version 1 (before the ring: version byte || nonce || ciphertext || tag, associated
// data "tokendesk-seed-v1") was sealed with key 1 and is still read.
#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "td/core/crypto_ports.h"
#include "td/crypto/random.h"

namespace td::crypto {

class AesGcmSeedVault final : public core::SeedVault {
  public:
    // `keys`: sealing subkeys by key number (32 bytes each); `current` seals. Throws core::Fault
    // for a key of another size or a current key that is not among them.
    AesGcmSeedVault(std::map<int, core::SecretBytes> keys, int current);
    // One key, numbered 1.
    explicit AesGcmSeedVault(const core::SecretBytes& key);

    std::vector<std::uint8_t> seal(const core::SecretBytes& seed) override;
    // Throws core::Fault when the data is truncated, of another version, altered, or sealed
    // under a key this vault does not hold.
    core::SecretBytes unseal(std::span<const std::uint8_t> sealed) override;
    int key_id() const override { return current_; }
    int key_of(std::span<const std::uint8_t> sealed) const override;

  private:
    std::map<int, core::SecretBytes> keys_;
    int current_;
    OpenSslRandom random_;
};

}  // namespace td::crypto
