#include "td/crypto/totp_verifier.h"

#include <openssl/crypto.h>

#include <algorithm>

#include "hotp_code.h"
#include "precomputed_hmac.h"
#include "td/core/outcome.h"

namespace td::crypto {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

}  // namespace

struct TotpVerifier::Impl {
    detail::PrecomputedHmac hmac;
    int digits;
    int period;
};

TotpVerifier::TotpVerifier(std::span<const std::uint8_t> key, core::HashAlgorithm algorithm,
                           int digits, int period) {
    detail::require_digits(digits);
    if (period <= 0) throw core::Fault("TOTP period must be positive");
    if (key.empty()) throw core::Fault("TOTP key is empty");
    impl_ = std::make_unique<Impl>(Impl{detail::PrecomputedHmac(key, algorithm), digits, period});
}

TotpVerifier::~TotpVerifier() = default;
TotpVerifier::TotpVerifier(TotpVerifier&&) noexcept = default;
TotpVerifier& TotpVerifier::operator=(TotpVerifier&&) noexcept = default;

std::optional<std::int64_t> TotpVerifier::verify(std::string_view code, std::int64_t unix_time,
                                                 int window) {
    const int digits = impl_->digits;
    // Length and digit-ness are public properties of the input, so checking them early
    // leaks nothing about the seed.
    if (code.size() != static_cast<std::size_t>(digits)) return std::nullopt;
    std::uint32_t typed = 0;
    for (char c : code) {
        if (c < '0' || c > '9') return std::nullopt;
        typed = typed * 10 + static_cast<std::uint32_t>(c - '0');
    }

    const std::int64_t current = floor_div(unix_time, impl_->period);
    const std::int64_t reach = std::max(window, 0);
    std::uint8_t mac[EVP_MAX_MD_SIZE];
    std::uint8_t message[8];
    // Order: current, -1, +1, -2, +2 … so the likeliest step is tried first.
    for (std::int64_t i = 0; i <= 2 * reach; ++i) {
        const std::int64_t distance = (i + 1) / 2;
        std::int64_t step = 0;
        if (__builtin_add_overflow(current, i % 2 == 1 ? -distance : distance, &step)) continue;
        if (step < 0) continue;
        detail::counter_bytes(static_cast<std::uint64_t>(step), message);
        const unsigned int length = impl_->hmac.compute(message, mac);
        // Comparing the numbers is comparing the zero-padded codes, without formatting.
        const std::uint32_t expected = detail::truncate(std::span(mac, length), digits);
        if (CRYPTO_memcmp(&expected, &typed, sizeof expected) == 0) return step;
    }
    return std::nullopt;
}

}  // namespace td::crypto
