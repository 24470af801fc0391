#pragma once
// Ports to the cryptographic adapter (OpenSSL). Core states what it needs; it never sees keys
// of the key file.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "td/core/entities.h"
#include "td/core/secret_bytes.h"

namespace td::core {

class RandomSource {
  public:
    virtual ~RandomSource() = default;
    // Cryptographically secure; throws Fault if the generator fails.
    virtual void fill(std::span<std::uint8_t> out) = 0;
};

class OtpCalculator {
  public:
    virtual ~OtpCalculator() = default;
    // RFC 4226 HOTP value for `counter`, zero-padded to `digits` (6–8). TOTP is HOTP of the step.
    virtual std::string hotp(std::span<const std::uint8_t> key, std::uint64_t counter, int digits,
                             HashAlgorithm algorithm) = 0;
};

// Keys are numbered (the key ring): the current one seals and keys new events; older ones
// still open and verify what was made with them.
class SeedVault {
  public:
    virtual ~SeedVault() = default;
    // Authenticated encryption under the current key; the output names the key and holds
    // nonce and tag.
    virtual std::vector<std::uint8_t> seal(const SecretBytes& seed) = 0;
    // Throws Fault when the sealed data was altered or its key is not held.
    virtual SecretBytes unseal(std::span<const std::uint8_t> sealed) = 0;
    // The number of the key seal() uses.
    virtual int key_id() const = 0;
    // The number of the key `sealed` was made with; Fault when it is not sealed data of ours.
    virtual int key_of(std::span<const std::uint8_t> sealed) const = 0;
};

class PasswordHasher {
  public:
    virtual ~PasswordHasher() = default;
    // A slow salted hash, self-describing (algorithm and parameters inside the string).
    virtual std::string hash(std::string_view password) = 0;
    // Constant-time comparison; false for malformed `encoded`.
    virtual bool verify(std::string_view password, std::string_view encoded) = 0;
};

class AuditMac {
  public:
    virtual ~AuditMac() = default;
    // Lower-case hex HMAC-SHA256 of `message` under the current key's audit subkey.
    virtual std::string mac(std::string_view message) = 0;
    // The number of the key mac() uses.
    virtual int key_id() const = 0;
    virtual bool has_key(int key_id) const = 0;
    // The same under key `key_id`; Fault when the ring does not hold it.
    virtual std::string mac_under(int key_id, std::string_view message) = 0;
};

struct CryptoPorts {
    RandomSource& random;
    OtpCalculator& otp;
    SeedVault& vault;
    PasswordHasher& hasher;
    AuditMac& audit_mac;
};

}  // namespace td::core
