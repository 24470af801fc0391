#include "td/crypto/totp_verifier.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <vector>

#include "hotp_code.h"
#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"
#include "td/core/secret_bytes.h"

// HMAC(K, m) = H((K ^ opad) || H((K ^ ipad) || m)). Both padded-key blocks are hashed once
// here; a step then copies those digest states and hashes only its 8-byte counter. This is
// done at the EVP_Digest level because EVP_MAC_CTX_dup copies three digest contexts and the
// HMAC context on every call, which measured slower than liboath (docs/benchmarks.md).

namespace td::crypto {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

detail::MdCtxPtr new_md_ctx() {
    detail::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx) detail::throw_openssl("EVP_MD_CTX_new");
    return ctx;
}

}  // namespace

struct TotpVerifier::Impl {
    detail::MdPtr md;
    detail::MdCtxPtr inner;    // after hashing K ^ ipad
    detail::MdCtxPtr outer;    // after hashing K ^ opad
    detail::MdCtxPtr scratch;  // reused by every step
    int digits = 0;
    int period = 0;

    // `out` receives the full HMAC; returns its length.
    unsigned int hmac(std::uint64_t counter, std::uint8_t (&out)[EVP_MAX_MD_SIZE]) {
        std::uint8_t message[8];
        detail::counter_bytes(counter, message);
        unsigned int length = 0;
        EVP_MD_CTX* s = scratch.get();
        detail::check(EVP_MD_CTX_copy_ex(s, inner.get()), "EVP_MD_CTX_copy_ex");
        detail::check(EVP_DigestUpdate(s, message, sizeof message), "EVP_DigestUpdate");
        detail::check(EVP_DigestFinal_ex(s, out, &length), "EVP_DigestFinal_ex");
        detail::check(EVP_MD_CTX_copy_ex(s, outer.get()), "EVP_MD_CTX_copy_ex");
        detail::check(EVP_DigestUpdate(s, out, length), "EVP_DigestUpdate");
        detail::check(EVP_DigestFinal_ex(s, out, &length), "EVP_DigestFinal_ex");
        return length;
    }
};

TotpVerifier::TotpVerifier(std::span<const std::uint8_t> key, core::HashAlgorithm algorithm,
                           int digits, int period)
    : impl_(std::make_unique<Impl>()) {
    detail::require_digits(digits);
    if (period <= 0) throw core::Fault("TOTP period must be positive");
    if (key.empty()) throw core::Fault("TOTP key is empty");
    impl_->digits = digits;
    impl_->period = period;

    impl_->md.reset(EVP_MD_fetch(nullptr, detail::digest_name(algorithm), nullptr));
    if (!impl_->md) detail::throw_openssl("EVP_MD_fetch");
    const EVP_MD* md = impl_->md.get();
    const auto block_size = static_cast<std::size_t>(EVP_MD_get_block_size(md));

    // RFC 2104: a key longer than the block is replaced by its hash; the rest is zero-padded.
    core::SecretBytes ipad(block_size);
    core::SecretBytes opad(block_size);
    if (key.size() > block_size) {
        std::uint8_t hashed[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        detail::check(EVP_Digest(key.data(), key.size(), hashed, &length, md, nullptr),
                      "EVP_Digest");
        std::copy_n(hashed, length, ipad.data().begin());
        OPENSSL_cleanse(hashed, sizeof hashed);
    } else {
        std::copy(key.begin(), key.end(), ipad.data().begin());
    }
    for (std::size_t i = 0; i < block_size; ++i) {
        opad.data()[i] = static_cast<std::uint8_t>(ipad.data()[i] ^ 0x5c);
        ipad.data()[i] = static_cast<std::uint8_t>(ipad.data()[i] ^ 0x36);
    }

    impl_->inner = new_md_ctx();
    impl_->outer = new_md_ctx();
    impl_->scratch = new_md_ctx();
    detail::check(EVP_DigestInit_ex2(impl_->inner.get(), md, nullptr), "EVP_DigestInit_ex2");
    detail::check(EVP_DigestUpdate(impl_->inner.get(), ipad.view().data(), block_size),
                  "EVP_DigestUpdate");
    detail::check(EVP_DigestInit_ex2(impl_->outer.get(), md, nullptr), "EVP_DigestInit_ex2");
    detail::check(EVP_DigestUpdate(impl_->outer.get(), opad.view().data(), block_size),
                  "EVP_DigestUpdate");
}

TotpVerifier::~TotpVerifier() = default;
TotpVerifier::TotpVerifier(TotpVerifier&&) noexcept = default;
TotpVerifier& TotpVerifier::operator=(TotpVerifier&&) noexcept = default;

std::optional<std::int64_t> TotpVerifier::verify(std::string_view code, std::int64_t unix_time,
                                                 int window) {
    const int digits = impl_->digits;
    // Length and digit-ness are public properties of the input, so checking them early
    // leaks nothing about the seed.
    if (code.size() != static_cast<std::size_t>(digits)) return std::nullopt;
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;

    const std::int64_t current = floor_div(unix_time, impl_->period);
    const std::int64_t reach = std::max(window, 0);
    std::uint8_t mac[EVP_MAX_MD_SIZE];
    char expected[detail::kMaxDigits];
    // Order: current, -1, +1, -2, +2 … so the likeliest step is tried first.
    for (std::int64_t i = 0; i <= 2 * reach; ++i) {
        const std::int64_t distance = (i + 1) / 2;
        std::int64_t step = 0;
        if (__builtin_add_overflow(current, i % 2 == 1 ? -distance : distance, &step)) continue;
        if (step < 0) continue;
        const unsigned int length = impl_->hmac(static_cast<std::uint64_t>(step), mac);
        detail::format_code(detail::truncate(std::span(mac, length), digits), digits, expected);
        if (CRYPTO_memcmp(expected, code.data(), code.size()) == 0) return step;
    }
    return std::nullopt;
}

}  // namespace td::crypto
