#pragma once
// RFC 4648 base32 (no padding), as authenticator apps and otpauth URIs expect.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace td::core {

std::string base32_encode(std::span<const std::uint8_t> data);
// The bytes of an RFC 4648 base32 text (upper case, padding optional); none when the text holds
// another character. For the programs that act as the app (tests, benchmarks, the demo).
std::optional<std::vector<std::uint8_t>> base32_decode(std::string_view text);

}  // namespace td::core
