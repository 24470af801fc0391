#include "td/crypto/seed_vault.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <algorithm>
#include <climits>
#include <string>
#include <string_view>

#include "key_numbers.h"
#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"

namespace td::crypto {

namespace {

constexpr std::uint8_t kVersionOne = 1;
constexpr std::uint8_t kVersion = 2;
constexpr std::size_t kKeyIdSize = 4;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::string_view kAssociatedDataOne = "tokendesk-seed-v1";
constexpr std::string_view kAssociatedData = "tokendesk-seed-v2";

// Where the nonce starts, for a sealed form's version.
std::size_t header_size(std::uint8_t version) {
    return 1 + (version == kVersionOne ? 0 : kKeyIdSize) + kNonceSize;
}

// The associated data: the version's label, and from version 2 the key number, so a seal
// cannot be passed off as another key's.
std::vector<unsigned char> associated_data(std::uint8_t version, int key_id) {
    const auto label = version == kVersionOne ? kAssociatedDataOne : kAssociatedData;
    std::vector<unsigned char> out(label.begin(), label.end());
    if (version != kVersionOne)
        for (int shift = 24; shift >= 0; shift -= 8)
            out.push_back(static_cast<unsigned char>((static_cast<std::uint32_t>(key_id) >> shift) & 0xff));
    return out;
}

detail::CipherCtxPtr new_cipher_ctx() {
    detail::CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) detail::throw_openssl("EVP_CIPHER_CTX_new");
    return ctx;
}

}  // namespace

AesGcmSeedVault::AesGcmSeedVault(std::map<int, core::SecretBytes> keys, int current)
    : keys_(std::move(keys)), current_(current) {
    for (const auto& [id, key] : keys_)
        if (key.size() != 32) throw core::Fault("seed sealing key must be 32 bytes");
    if (!keys_.contains(current_))
        throw core::Fault("the key ring has no key " + std::to_string(current_));
}

AesGcmSeedVault::AesGcmSeedVault(const core::SecretBytes& key) : AesGcmSeedVault(detail::as_key_one(key), 1) {}

int AesGcmSeedVault::key_of(std::span<const std::uint8_t> sealed) const {
    if (sealed.empty()) throw core::Fault("sealed seed is truncated");
    if (sealed[0] == kVersionOne) return 1;
    if (sealed[0] != kVersion) throw core::Fault("sealed seed has an unknown format version");
    if (sealed.size() < 1 + kKeyIdSize) throw core::Fault("sealed seed is truncated");
    std::uint32_t id = 0;
    for (std::size_t i = 1; i <= kKeyIdSize; ++i) id = (id << 8) | sealed[i];
    if (id == 0 || id > 0x7fffffff) throw core::Fault("sealed seed names no key");
    return static_cast<int>(id);
}

std::vector<std::uint8_t> AesGcmSeedVault::seal(const core::SecretBytes& seed) {
    const std::size_t header = header_size(kVersion);
    if (seed.size() > INT_MAX - header - kTagSize) throw core::Fault("seed too large to seal");
    std::vector<std::uint8_t> out(header + seed.size() + kTagSize);
    const auto aad = associated_data(kVersion, current_);
    out[0] = kVersion;
    std::copy(aad.end() - kKeyIdSize, aad.end(), out.begin() + 1);
    // A fresh random nonce per seal: with 96 random bits, reuse under one key is negligible
    // for the few thousand seeds an installation will ever hold.
    const auto nonce = std::span(out).subspan(1 + kKeyIdSize, kNonceSize);
    random_.fill(nonce);

    auto ctx = new_cipher_ctx();
    detail::check(EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                     keys_.at(current_).view().data(), nonce.data()),
                  "AES-GCM encrypt init");
    int length = 0;
    detail::check(EVP_EncryptUpdate(ctx.get(), nullptr, &length, aad.data(),
                                    static_cast<int>(aad.size())),
                  "AES-GCM associated data");
    std::uint8_t* ciphertext = out.data() + header;
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
    const int id = key_of(sealed);
    const std::size_t header = header_size(sealed[0]);
    if (sealed.size() < header + kTagSize) throw core::Fault("sealed seed is truncated");
    if (sealed.size() > INT_MAX) throw core::Fault("sealed seed is too large");
    const auto key = keys_.find(id);
    if (key == keys_.end())
        throw core::Fault("sealed seed was made with key " + std::to_string(id) +
                          ", which this key file does not hold");
    const auto aad = associated_data(sealed[0], id);
    const auto nonce = sealed.subspan(header - kNonceSize, kNonceSize);
    const auto ciphertext = sealed.subspan(header, sealed.size() - header - kTagSize);
    // The ctrl call takes a non-const pointer even when it only reads the tag.
    std::uint8_t tag[kTagSize];
    std::copy_n(sealed.end() - kTagSize, kTagSize, tag);

    auto ctx = new_cipher_ctx();
    detail::check(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                     key->second.view().data(), nonce.data()),
                  "AES-GCM decrypt init");
    int length = 0;
    detail::check(EVP_DecryptUpdate(ctx.get(), nullptr, &length, aad.data(),
                                    static_cast<int>(aad.size())),
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
