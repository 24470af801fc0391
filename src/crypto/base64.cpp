#include "base64.h"

#include <openssl/evp.h>

#include <climits>

namespace td::crypto::detail {

std::string base64_encode(std::span<const std::uint8_t> bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3), '\0');
    // EVP_EncodeBlock writes a terminating NUL beyond the 4n characters.
    std::vector<unsigned char> buffer(out.size() + 1);
    EVP_EncodeBlock(buffer.data(), bytes.data(), static_cast<int>(bytes.size()));
    out.assign(reinterpret_cast<const char*>(buffer.data()), out.size());
    return out;
}

std::optional<std::vector<std::uint8_t>> base64_decode(std::string_view text) {
    if (text.empty() || text.size() % 4 != 0 || text.size() > INT_MAX / 2) return std::nullopt;
    std::vector<std::uint8_t> out(text.size() / 4 * 3);
    const int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                  static_cast<int>(text.size()));
    if (n < 0 || static_cast<std::size_t>(n) != out.size()) return std::nullopt;
    // EVP_DecodeBlock counts padding as zero bytes and tolerates stray whitespace; dropping
    // the padding bytes and re-encoding rejects every spelling but the canonical one.
    std::size_t padding = 0;
    if (text.back() == '=') ++padding;
    if (text.size() >= 2 && text[text.size() - 2] == '=') ++padding;
    out.resize(out.size() - padding);
    if (base64_encode(out) != text) return std::nullopt;
    return out;
}

}  // namespace td::crypto::detail
