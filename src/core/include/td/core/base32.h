#pragma once
// RFC 4648 base32 (no padding), as authenticator apps and otpauth URIs expect.
#include <cstdint>
#include <span>
#include <string>

namespace td::core {

std::string base32_encode(std::span<const std::uint8_t> data);

}  // namespace td::core
