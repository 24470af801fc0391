#include "hotp_code.h"

#include <string>

#include "td/core/outcome.h"

namespace td::crypto::detail {

const char* digest_name(core::HashAlgorithm algorithm) {
    switch (algorithm) {
        case core::HashAlgorithm::sha1:
            return "SHA1";
        case core::HashAlgorithm::sha256:
            return "SHA256";
        case core::HashAlgorithm::sha512:
            return "SHA512";
    }
    throw core::Fault("unknown OTP hash algorithm");
}

void require_digits(int digits) {
    if (digits < kMinDigits || digits > kMaxDigits)
        throw core::Fault("OTP digits must be 6 to 8, not " + std::to_string(digits));
}

std::uint32_t truncate(std::span<const std::uint8_t> mac, int digits) {
    const std::size_t offset = mac.back() & 0x0f;
    const std::uint32_t binary = (std::uint32_t{mac[offset]} & 0x7f) << 24 |
                                 std::uint32_t{mac[offset + 1]} << 16 |
                                 std::uint32_t{mac[offset + 2]} << 8 | mac[offset + 3];
    std::uint32_t modulus = 1;
    for (int i = 0; i < digits; ++i) modulus *= 10;
    return binary % modulus;
}

void format_code(std::uint32_t value, int digits, char* out) {
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

void counter_bytes(std::uint64_t counter, std::uint8_t (&out)[8]) {
    for (int i = 7; i >= 0; --i) {
        out[i] = static_cast<std::uint8_t>(counter & 0xff);
        counter >>= 8;
    }
}

}  // namespace td::crypto::detail
