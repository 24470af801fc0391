#pragma once
// Checks a typed TOTP code against one token's seed, many times, cheaply: the HMAC key
// schedule is computed once at construction, so each time step costs two hash blocks.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "td/core/entities.h"

namespace td::crypto {

class TotpVerifier {
  public:
    // Throws core::Fault for digits outside 6..8, period <= 0 or an empty key.
    TotpVerifier(std::span<const std::uint8_t> key, core::HashAlgorithm algorithm, int digits,
                 int period);
    ~TotpVerifier();
    TotpVerifier(TotpVerifier&&) noexcept;
    TotpVerifier& operator=(TotpVerifier&&) noexcept;

    // The time step (floor(unix_time / period)) whose code equals `code`, trying the current
    // step, then -1, +1, -2, +2 … up to `window` steps away; nullopt when none matches or
    // `code` is not `digits` decimal digits. Negative steps are never tried. Not thread-safe:
    // it reuses scratch state, so give each thread its own verifier.
    std::optional<std::int64_t> verify(std::string_view code, std::int64_t unix_time, int window);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace td::crypto
