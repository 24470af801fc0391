#include "td/crypto/seed_vault.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <algorithm>
#include <climits>
#include <string_view>

#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"

namespace td::crypto {

namespace {

constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kHeaderSize = 1 + kNonceSize;
constexpr std::string_view kAssociatedData = "tokendesk-seed-v1";

const unsigned char* aad() {
    return reinterpret_cast<const unsigned char*>(kAssociatedData.data());
}
constexpr int kAadSize = static_cast<int>(kAssociatedData.size());

detail::CipherCtxPtr new_cipher_ctx() {
    detail::CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) detail::throw_openssl("EVP_CIPHER_CTX_new");
    return ctx;
}

}  // namespace

AesGcmSeedVault::AesGcmSeedVault(const core::SecretBytes& key) : key_(key) {
    if (key_.size() != 32) throw core::Fault("seed sealing key must be 32 bytes");
}

std::vector<std::uint8_t> AesGcmSeedVault::seal(const core::SecretBytes& seed) {
    if (seed.size() > INT_MAX - kHeaderSize - kTagSize) throw core::Fault("seed too large to seal");
    std::vector<std::uint8_t> out(kHeaderSize + seed.size() + kTagSize);
    out[0] = kVersion;
    // A fresh random nonce per seal: with 96 random bits, reuse under one key is negligible
    // for the few thousand seeds an installation will ever hold.
    random_.fill(std::span(out).subspan(1, kNonceSize));

    auto ctx = new_cipher_ctx();
    detail::check(EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key_.view().data(),
                                     out.data() + 1),
                  "AES-GCM encrypt init");
    int length = 0;
    detail::check(EVP_EncryptUpdate(ctx.get(), nullptr, &length, aad(), kAadSize),
                  "AES-GCM associated data");
    std::uint8_t* ciphertext = out.data() + kHeaderSize;
    if (!seed.empty())
        detail::check(EVP_EncryptUpdate(ctx.get(), ciphertext, &length, seed.view().data(),
                                        static_cast<int>(seed.size())),
                      "AES-GCM encrypt");
    detail::check(EVP_EncryptFinal_ex(ctx.get(), ciphertext + seed.size(), &length),
                  "AES-GCM encrypt final");
    detail::check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                                      ciphertext + seed.size()),
                  "AES-GCM get tag");
    return out;
}

core::SecretBytes AesGcmSeedVault::unseal(std::span<const std::uint8_t> sealed) {
    if (sealed.size() < kHeaderSize + kTagSize) throw core::Fault("sealed seed is truncated");
    if (sealed.size() > INT_MAX) throw core::Fault("sealed seed is too large");
    if (sealed[0] != kVersion) throw core::Fault("sealed seed has an unknown format version");
    const auto nonce = sealed.subspan(1, kNonceSize);
    const auto ciphertext = sealed.subspan(kHeaderSize, sealed.size() - kHeaderSize - kTagSize);
    // The ctrl call takes a non-const pointer even when it only reads the tag.
    std::uint8_t tag[kTagSize];
    std::copy_n(sealed.end() - kTagSize, kTagSize, tag);

    auto ctx = new_cipher_ctx();
    detail::check(
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key_.view().data(), nonce.data()),
        "AES-GCM decrypt init");
    int length = 0;
    detail::check(EVP_DecryptUpdate(ctx.get(), nullptr, &length, aad(), kAadSize),
                  "AES-GCM associated data");
    core::SecretBytes seed(ciphertext.size());
    if (!ciphertext.empty())
        detail::check(EVP_DecryptUpdate(ctx.get(), seed.data().data(), &length, ciphertext.data(),
                                        static_cast<int>(ciphertext.size())),
                      "AES-GCM decrypt");
    detail::check(
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag),
        "AES-GCM set tag");
    if (EVP_DecryptFinal_ex(ctx.get(), seed.data().data() + seed.size(), &length) <= 0) {
        // OpenSSL's queue can say no more than "bad tag"; say what that means instead.
        ERR_clear_error();
        throw core::Fault(
            "sealed seed failed authentication: altered, or sealed under another key");
    }
    return seed;
}

}  // namespace td::crypto
