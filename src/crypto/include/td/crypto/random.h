#pragma once
// Random bytes from OpenSSL's DRBG (seeded by the operating system).
#include <cstdint>
#include <span>

#include "td/core/crypto_ports.h"

namespace td::crypto {

class OpenSslRandom final : public core::RandomSource {
  public:
    // Throws core::Fault if the generator cannot produce output.
    void fill(std::span<std::uint8_t> out) override;
};

}  // namespace td::crypto
