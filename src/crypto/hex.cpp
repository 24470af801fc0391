#include "hex.h"

namespace td::crypto::detail {

namespace {

constexpr char kDigits[] = "0123456789abcdef";

int nibble(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

void to_hex(std::span<const std::uint8_t> bytes, std::span<char> out) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        out[2 * i] = kDigits[bytes[i] >> 4];
        out[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
}

std::string to_hex(std::span<const std::uint8_t> bytes) {
    std::string out(2 * bytes.size(), '\0');
    to_hex(bytes, out);
    return out;
}

std::optional<core::SecretBytes> from_lower_hex(std::string_view text) {
    if (text.size() % 2 != 0) return std::nullopt;
    core::SecretBytes out(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i]);
        const int lo = nibble(text[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.data()[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

}  // namespace td::crypto::detail
