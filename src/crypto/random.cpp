#include "td/crypto/random.h"

#include <openssl/rand.h>

#include <algorithm>
#include <climits>

#include "openssl_error.h"

namespace td::crypto {

void OpenSslRandom::fill(std::span<std::uint8_t> out) {
    // RAND_bytes takes an int length.
    while (!out.empty()) {
        const std::size_t chunk = std::min<std::size_t>(out.size(), INT_MAX);
        detail::check(RAND_bytes(out.data(), static_cast<int>(chunk)), "RAND_bytes");
        out = out.subspan(chunk);
    }
}

}  // namespace td::crypto
