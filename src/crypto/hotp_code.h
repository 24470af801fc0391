#pragma once
// The parts of RFC 4226 shared by OpenSslOtp and TotpVerifier: which digest, dynamic
// truncation, and the zero-padded decimal form.
#include <cstdint>
#include <span>

#include "td/core/entities.h"

namespace td::crypto::detail {

inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 8;

// The OpenSSL digest name ("SHA1", "SHA256", "SHA512").
const char* digest_name(core::HashAlgorithm algorithm);

// Throws core::Fault unless 6 <= digits <= 8.
void require_digits(int digits);

// RFC 4226 section 5.3: 31 bits at the offset named by the last nibble, modulo 10^digits.
std::uint32_t truncate(std::span<const std::uint8_t> mac, int digits);

// Writes exactly `digits` decimal characters, zero-padded, to `out`.
void format_code(std::uint32_t value, int digits, char* out);

// The HOTP message: the counter as 8 big-endian bytes.
void counter_bytes(std::uint64_t counter, std::uint8_t (&out)[8]);

}  // namespace td::crypto::detail
