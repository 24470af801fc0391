#pragma once
// Staff passwords and start passwords: scrypt, encoded as
// "scrypt$N$r$p$<salt base64>$<hash base64>" (16-byte salt, 32-byte hash). verify() reads
// N, r and p from the encoded string, so hashes made under older parameters stay valid.
#include <cstdint>
#include <string>
#include <string_view>

#include "td/core/crypto_ports.h"

namespace td::crypto {

class ScryptPasswordHasher final : public core::PasswordHasher {
  public:
    // `n` a power of two >= 2; `max_memory` bounds what hash() and verify() may allocate.
    // Throws core::Fault for parameters scrypt rejects or that exceed `max_memory`.
    ScryptPasswordHasher(std::uint64_t n, std::uint32_t r, std::uint32_t p,
                         std::uint64_t max_memory = kDefaultMaxMemory);

    // N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds).
    static ScryptPasswordHasher production();
    // N = 2^10: cheap enough for test suites; never for real passwords.
    static ScryptPasswordHasher fast_for_tests();

    std::string hash(std::string_view password) override;
    // False for a wrong password and for any malformed or out-of-bounds encoding.
    bool verify(std::string_view password, std::string_view encoded) override;

    static constexpr std::uint64_t kDefaultMaxMemory = 64ull * 1024 * 1024;

  private:
    std::uint64_t n_;
    std::uint32_t r_;
    std::uint32_t p_;
    std::uint64_t max_memory_;
};

}  // namespace td::crypto
