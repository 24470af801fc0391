#pragma once
// Lower-case hexadecimal, as stored in the key file and shown for audit MACs.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "td/core/secret_bytes.h"

namespace td::crypto::detail {

std::string to_hex(std::span<const std::uint8_t> bytes);
// Writes 2 * bytes.size() characters to `out`, which must be that large.
void to_hex(std::span<const std::uint8_t> bytes, std::span<char> out);
// Only lower-case digits of even length are accepted: the key file has one spelling.
std::optional<core::SecretBytes> from_lower_hex(std::string_view text);

}  // namespace td::crypto::detail
