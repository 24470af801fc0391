#pragma once
// HOTP (RFC 4226) through OpenSSL's EVP_MAC. TotpVerifier, the fast path for checking a code
// the customer typed, lives in totp_verifier.h and is included here for convenience.
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "td/core/crypto_ports.h"
#include "td/crypto/totp_verifier.h"

namespace td::crypto {

class OpenSslOtp final : public core::OtpCalculator {
  public:
    // Fetches the HMAC implementation once; throws core::Fault if OpenSSL lacks it.
    OpenSslOtp();
    ~OpenSslOtp() override;
    OpenSslOtp(OpenSslOtp&&) noexcept;
    OpenSslOtp& operator=(OpenSslOtp&&) noexcept;

    // Throws core::Fault for digits outside 6..8 or an empty key.
    std::string hotp(std::span<const std::uint8_t> key, std::uint64_t counter, int digits,
                     core::HashAlgorithm algorithm) override;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace td::crypto
