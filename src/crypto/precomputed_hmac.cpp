#include "precomputed_hmac.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <array>

#include "hotp_code.h"
#include "openssl_error.h"
#include "td/core/outcome.h"

namespace td::crypto::detail {

namespace {

// Fetching looks the name up in OpenSSL's method store under a lock; doing it once per
// process instead of once per verifier more than halved the cost of building one.
const EVP_MD* cached_digest(core::HashAlgorithm algorithm) {
    struct Digests {
        MdPtr sha1, sha256, sha512;
    };
    static const Digests digests{
        MdPtr(EVP_MD_fetch(nullptr, digest_name(core::HashAlgorithm::sha1), nullptr)),
        MdPtr(EVP_MD_fetch(nullptr, digest_name(core::HashAlgorithm::sha256), nullptr)),
        MdPtr(EVP_MD_fetch(nullptr, digest_name(core::HashAlgorithm::sha512), nullptr))};
    const EVP_MD* md = nullptr;
    switch (algorithm) {
        case core::HashAlgorithm::sha1:
            md = digests.sha1.get();
            break;
        case core::HashAlgorithm::sha256:
            md = digests.sha256.get();
            break;
        case core::HashAlgorithm::sha512:
            md = digests.sha512.get();
            break;
    }
    if (md == nullptr) throw_openssl("EVP_MD_fetch");
    return md;
}

MdCtxPtr new_md_ctx() {
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx) throw_openssl("EVP_MD_CTX_new");
    return ctx;
}

// The largest block of the three digests (SHA-512's).
constexpr std::size_t kMaxBlock = 128;

// Wipes the padded key however the constructor is left.
struct PadBlock {
    std::array<std::uint8_t, kMaxBlock> bytes{};
    PadBlock() = default;
    PadBlock(const PadBlock&) = delete;
    PadBlock& operator=(const PadBlock&) = delete;
    ~PadBlock() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

}  // namespace

PrecomputedHmac::PrecomputedHmac(std::span<const std::uint8_t> key, core::HashAlgorithm algorithm)
    : inner_(new_md_ctx()), outer_(new_md_ctx()), scratch_(new_md_ctx()) {
    if (key.empty()) throw core::Fault("HMAC key is empty");
    const EVP_MD* md = cached_digest(algorithm);
    const auto block = static_cast<std::size_t>(EVP_MD_get_block_size(md));
    if (block == 0 || block > kMaxBlock) throw core::Fault("unexpected digest block size");

    // RFC 2104: a key longer than the block is replaced by its hash; the rest is zero-padded.
    PadBlock ipad, opad;
    if (key.size() > block) {
        unsigned int length = 0;
        check(EVP_Digest(key.data(), key.size(), ipad.bytes.data(), &length, md, nullptr),
              "EVP_Digest");
    } else {
        std::copy(key.begin(), key.end(), ipad.bytes.begin());
    }
    for (std::size_t i = 0; i < block; ++i) {
        opad.bytes[i] = static_cast<std::uint8_t>(ipad.bytes[i] ^ 0x5c);
        ipad.bytes[i] = static_cast<std::uint8_t>(ipad.bytes[i] ^ 0x36);
    }
    check(EVP_DigestInit_ex2(inner_.get(), md, nullptr), "EVP_DigestInit_ex2");
    check(EVP_DigestUpdate(inner_.get(), ipad.bytes.data(), block), "EVP_DigestUpdate");
    check(EVP_DigestInit_ex2(outer_.get(), md, nullptr), "EVP_DigestInit_ex2");
    check(EVP_DigestUpdate(outer_.get(), opad.bytes.data(), block), "EVP_DigestUpdate");
}

unsigned int PrecomputedHmac::compute(std::span<const std::uint8_t> message,
                                      std::uint8_t (&out)[EVP_MAX_MD_SIZE]) {
    EVP_MD_CTX* s = scratch_.get();
    unsigned int length = 0;
    check(EVP_MD_CTX_copy_ex(s, inner_.get()), "EVP_MD_CTX_copy_ex");
    check(EVP_DigestUpdate(s, message.data(), message.size()), "EVP_DigestUpdate");
    check(EVP_DigestFinal_ex(s, out, &length), "EVP_DigestFinal_ex");
    check(EVP_MD_CTX_copy_ex(s, outer_.get()), "EVP_MD_CTX_copy_ex");
    check(EVP_DigestUpdate(s, out, length), "EVP_DigestUpdate");
    check(EVP_DigestFinal_ex(s, out, &length), "EVP_DigestFinal_ex");
    return length;
}

}  // namespace td::crypto::detail
