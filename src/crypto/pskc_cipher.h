#pragma once
// The algorithms PSKC names by URI, and the OpenSSL calls behind them: AES-CBC with the IV
// before the ciphertext (XML Encryption), HMAC for ValueMAC, PBKDF2 for passphrases.
#include <openssl/evp.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "td/core/secret_bytes.h"

namespace td::crypto::detail {

struct PskcCipher {
    const char* name;  // "aes128-cbc", for messages
    const EVP_CIPHER* (*evp)();
    std::size_t key_size;
};

struct PskcDigest {
    const char* name;  // OpenSSL's name, "SHA256"
    const EVP_MD* (*evp)();
};

// nullptr for an algorithm URI that is not supported.
const PskcCipher* pskc_cipher(std::string_view uri);
// MACMethod algorithms (xmldsig hmac-sha1, xmldsig-more hmac-sha224 … hmac-sha512).
const PskcDigest* pskc_mac_digest(std::string_view uri);
// PBKDF2 PRF algorithms: as MACMethod, and an empty URI for the default HMAC-SHA1.
const PskcDigest* pskc_prf_digest(std::string_view uri);

// `iv_and_ciphertext` is an IV of one block then whole blocks; the caller checks the shape.
// nullopt when the PKCS#7 padding is wrong, which is how a wrong key mostly shows.
std::optional<core::SecretBytes> aes_cbc_decrypt(const PskcCipher& cipher,
                                                 std::span<const std::uint8_t> key,
                                                 std::span<const std::uint8_t> iv_and_ciphertext);

std::vector<std::uint8_t> hmac(const PskcDigest& digest, std::span<const std::uint8_t> key,
                               std::span<const std::uint8_t> data);

// Constant-time, so a forged ValueMAC learns nothing from timing.
bool same_mac(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b);

core::SecretBytes pbkdf2(std::string_view passphrase, std::span<const std::uint8_t> salt,
                         std::uint64_t iterations, const PskcDigest& prf, std::size_t length);

}  // namespace td::crypto::detail
