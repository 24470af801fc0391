#include "pskc_cipher.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include <climits>
#include <cstring>

#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"

namespace td::crypto::detail {

namespace {

constexpr std::string_view kXmlEnc = "http://www.w3.org/2001/04/xmlenc#";
constexpr std::string_view kXmlDsig = "http://www.w3.org/2000/09/xmldsig#";
constexpr std::string_view kXmlDsigMore = "http://www.w3.org/2001/04/xmldsig-more#";

const PskcCipher kAes128{"aes128-cbc", EVP_aes_128_cbc, 16};
const PskcCipher kAes192{"aes192-cbc", EVP_aes_192_cbc, 24};
const PskcCipher kAes256{"aes256-cbc", EVP_aes_256_cbc, 32};

const PskcDigest kSha1{"SHA1", EVP_sha1};
const PskcDigest kSha224{"SHA224", EVP_sha224};
const PskcDigest kSha256{"SHA256", EVP_sha256};
const PskcDigest kSha384{"SHA384", EVP_sha384};
const PskcDigest kSha512{"SHA512", EVP_sha512};

// `uri` is `base` followed by `fragment`.
bool is(std::string_view uri, std::string_view base, std::string_view fragment) {
    return uri.size() == base.size() + fragment.size() && uri.starts_with(base) &&
           uri.ends_with(fragment);
}

}  // namespace

const PskcCipher* pskc_cipher(std::string_view uri) {
    if (is(uri, kXmlEnc, "aes128-cbc")) return &kAes128;
    if (is(uri, kXmlEnc, "aes192-cbc")) return &kAes192;
    if (is(uri, kXmlEnc, "aes256-cbc")) return &kAes256;
    return nullptr;
}

const PskcDigest* pskc_mac_digest(std::string_view uri) {
    if (is(uri, kXmlDsig, "hmac-sha1")) return &kSha1;
    if (is(uri, kXmlDsigMore, "hmac-sha224")) return &kSha224;
    if (is(uri, kXmlDsigMore, "hmac-sha256")) return &kSha256;
    if (is(uri, kXmlDsigMore, "hmac-sha384")) return &kSha384;
    if (is(uri, kXmlDsigMore, "hmac-sha512")) return &kSha512;
    return nullptr;
}

const PskcDigest* pskc_prf_digest(std::string_view uri) {
    return uri.empty() ? &kSha1 : pskc_mac_digest(uri);
}

std::optional<core::SecretBytes> aes_cbc_decrypt(const PskcCipher& cipher,
                                                 std::span<const std::uint8_t> key,
                                                 std::span<const std::uint8_t> iv_and_ciphertext) {
    constexpr std::size_t kBlock = 16;
    if (key.size() != cipher.key_size || iv_and_ciphertext.size() < 2 * kBlock ||
        iv_and_ciphertext.size() % kBlock != 0 || iv_and_ciphertext.size() > INT_MAX)
        throw core::Fault("AES-CBC decrypt called with a key or input of the wrong size");
    const auto iv = iv_and_ciphertext.first(kBlock);
    const auto ciphertext = iv_and_ciphertext.subspan(kBlock);

    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) throw_openssl("EVP_CIPHER_CTX_new");
    check(EVP_DecryptInit_ex(ctx.get(), cipher.evp(), nullptr, key.data(), iv.data()),
          "AES-CBC decrypt init");
    // One block of room for what EVP_DecryptFinal_ex writes.
    core::SecretBytes buffer(ciphertext.size() + kBlock);
    int length = 0;
    check(EVP_DecryptUpdate(ctx.get(), buffer.data().data(), &length, ciphertext.data(),
                            static_cast<int>(ciphertext.size())),
          "AES-CBC decrypt");
    int final_length = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), buffer.data().data() + length, &final_length) != 1) {
        // Bad padding is an answer about the key, not a failure of OpenSSL.
        ERR_clear_error();
        return std::nullopt;
    }
    core::SecretBytes plain(static_cast<std::size_t>(length + final_length));
    if (!plain.empty()) std::memcpy(plain.data().data(), buffer.view().data(), plain.size());
    return plain;
}

std::vector<std::uint8_t> hmac(const PskcDigest& digest, std::span<const std::uint8_t> key,
                               std::span<const std::uint8_t> data) {
    MacPtr mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    if (!mac) throw_openssl("EVP_MAC_fetch(HMAC)");
    MacCtxPtr ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx) throw_openssl("EVP_MAC_CTX_new");
    // OSSL_PARAM wants a mutable pointer but only reads the name.
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest.name), 0),
        OSSL_PARAM_construct_end()};
    check(EVP_MAC_init(ctx.get(), key.data(), key.size(), params), "EVP_MAC_init");
    check(EVP_MAC_update(ctx.get(), data.data(), data.size()), "EVP_MAC_update");
    std::vector<std::uint8_t> out(EVP_MAX_MD_SIZE);
    std::size_t length = 0;
    check(EVP_MAC_final(ctx.get(), out.data(), &length, out.size()), "EVP_MAC_final");
    out.resize(length);
    return out;
}

bool same_mac(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

core::SecretBytes pbkdf2(std::string_view passphrase, std::span<const std::uint8_t> salt,
                         std::uint64_t iterations, const PskcDigest& prf, std::size_t length) {
    if (passphrase.size() > INT_MAX || salt.size() > INT_MAX || iterations == 0 ||
        iterations > INT_MAX || length == 0 || length > INT_MAX)
        throw core::Fault("PBKDF2 called with parameters out of range");
    core::SecretBytes key(length);
    check(PKCS5_PBKDF2_HMAC(passphrase.data(), static_cast<int>(passphrase.size()), salt.data(),
                            static_cast<int>(salt.size()), static_cast<int>(iterations), prf.evp(),
                            static_cast<int>(length), key.data().data()),
          "PBKDF2");
    return key;
}

}  // namespace td::crypto::detail
