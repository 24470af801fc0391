#pragma once
// HKDF-SHA256 (RFC 5869) without salt: the master key is already uniformly random.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "td/core/secret_bytes.h"

namespace td::crypto::detail {

core::SecretBytes hkdf_sha256(std::span<const std::uint8_t> key, std::string_view info,
                              std::size_t length);

}  // namespace td::crypto::detail
