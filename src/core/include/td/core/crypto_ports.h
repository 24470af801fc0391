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

class SeedVault {
  public:
    virtual ~SeedVault() = default;
    // Authenticated encryption under the key file's key; the output holds nonce and tag.
    virtual std::vector<std::uint8_t> seal(const SecretBytes& seed) = 0;
    // Throws Fault when the sealed data was altered or the key is wrong.
    virtual SecretBytes unseal(std::span<const std::uint8_t> sealed) = 0;
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
    // Lower-case hex HMAC-SHA256 of `message` under the audit key derived from the key file.
    virtual std::string mac(std::string_view message) = 0;
};

struct CryptoPorts {
    RandomSource& random;
    OtpCalculator& otp;
    SeedVault& vault;
    PasswordHasher& hasher;
    AuditMac& audit_mac;
};

}  // namespace td::core
