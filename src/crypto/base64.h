#pragma once
// Standard base64 with padding, as in the password hash encoding.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace td::crypto::detail {

std::string base64_encode(std::span<const std::uint8_t> bytes);
// nullopt unless `text` is the canonical encoding of some bytes (so each value has exactly
// one accepted spelling).
std::optional<std::vector<std::uint8_t>> base64_decode(std::string_view text);

}  // namespace td::crypto::detail
