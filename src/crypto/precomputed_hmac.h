#pragma once
// HMAC (RFC 2104) with the key schedule done once: HMAC(K, m) = H((K^opad) || H((K^ipad) || m)),
// and the digest states after the two padded-key blocks are kept. Each message then costs a
// copy of each state and the hashing of the message and the inner digest: two blocks for an
// 8-byte HOTP counter instead of four. Built on EVP_Digest because EVP_MAC_CTX_dup copies the
// HMAC context and three digest contexts per call, which measured slower than liboath.
#include <openssl/evp.h>

#include <cstdint>
#include <span>

#include "openssl_handles.h"
#include "td/core/entities.h"

namespace td::crypto::detail {

class PrecomputedHmac {
  public:
    // Throws core::Fault for an empty key or an OpenSSL failure.
    PrecomputedHmac(std::span<const std::uint8_t> key, core::HashAlgorithm algorithm);

    // Writes the MAC to `out` and returns its length. Not thread-safe (shared scratch state).
    unsigned int compute(std::span<const std::uint8_t> message,
                         std::uint8_t (&out)[EVP_MAX_MD_SIZE]);

  private:
    MdCtxPtr inner_;    // after hashing K ^ ipad
    MdCtxPtr outer_;    // after hashing K ^ opad
    MdCtxPtr scratch_;  // reused by every message
};

}  // namespace td::crypto::detail
