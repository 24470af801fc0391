#include "td/crypto/password_hasher.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <charconv>
#include <vector>

#include "base64.h"
#include "openssl_error.h"
#include "td/core/outcome.h"
#include "td/core/secret_bytes.h"
#include "td/crypto/random.h"

namespace td::crypto {

namespace {

constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kHashSize = 32;
constexpr std::string_view kScheme = "scrypt";

// Bounds on what verify() accepts from an encoded string, so a stored value cannot make
// a login spin for minutes. Memory is bounded separately by max_memory.
constexpr std::uint64_t kMaxR = 32;
constexpr std::uint64_t kMaxP = 16;
constexpr std::size_t kMinSalt = 8, kMaxSalt = 64;
constexpr std::size_t kMinHash = 16, kMaxHash = 64;

struct Parameters {
    std::uint64_t n, r, p;
};

bool acceptable(const Parameters& k) {
    return k.n >= 2 && (k.n & (k.n - 1)) == 0 && k.r >= 1 && k.r <= kMaxR && k.p >= 1 &&
           k.p <= kMaxP;
}

// false when scrypt refuses (for instance more memory than max_memory).
bool derive(std::string_view password, std::span<const std::uint8_t> salt, const Parameters& k,
            std::uint64_t max_memory, std::span<std::uint8_t> out) {
    // A default-constructed string_view has no data pointer; scrypt wants one.
    const char* pass = password.data() != nullptr ? password.data() : "";
    if (EVP_PBE_scrypt(pass, password.size(), salt.data(), salt.size(), k.n, k.r, k.p, max_memory,
                       out.data(), out.size()) == 1)
        return true;
    ERR_clear_error();
    return false;
}

std::optional<std::uint64_t> parse_number(std::string_view text) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + 1);
    }
}

}  // namespace

ScryptPasswordHasher::ScryptPasswordHasher(std::uint64_t n, std::uint32_t r, std::uint32_t p,
                                           std::uint64_t max_memory)
    : n_(n), r_(r), p_(p), max_memory_(max_memory) {
    if (!acceptable({n, r, p})) throw core::Fault("scrypt parameters out of range");
    // Asking for the hash of nothing makes scrypt check N, r, p and the memory bound.
    if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, max_memory, nullptr, 0) != 1)
        detail::throw_openssl("scrypt parameter check");
}

ScryptPasswordHasher ScryptPasswordHasher::production() {
    return ScryptPasswordHasher(1u << 15, 8, 1);
}

ScryptPasswordHasher ScryptPasswordHasher::fast_for_tests() {
    return ScryptPasswordHasher(1u << 10, 8, 1);
}

std::string ScryptPasswordHasher::hash(std::string_view password) {
    std::uint8_t salt[kSaltSize];
    OpenSslRandom().fill(salt);
    core::SecretBytes hashed(kHashSize);
    if (!derive(password, salt, {n_, r_, p_}, max_memory_, hashed.data()))
        throw core::Fault("scrypt failed");
    return std::string(kScheme) + '$' + std::to_string(n_) + '$' + std::to_string(r_) + '$' +
           std::to_string(p_) + '$' + detail::base64_encode(salt) + '$' +
           detail::base64_encode(hashed.view());
}

bool ScryptPasswordHasher::verify(std::string_view password, std::string_view encoded) {
    const auto parts = split(encoded, '$');
    if (parts.size() != 6 || parts[0] != kScheme) return false;
    const auto n = parse_number(parts[1]);
    const auto r = parse_number(parts[2]);
    const auto p = parse_number(parts[3]);
    if (!n || !r || !p || !acceptable({*n, *r, *p})) return false;
    const auto salt = detail::base64_decode(parts[4]);
    const auto expected = detail::base64_decode(parts[5]);
    if (!salt || salt->size() < kMinSalt || salt->size() > kMaxSalt) return false;
    if (!expected || expected->size() < kMinHash || expected->size() > kMaxHash) return false;

    core::SecretBytes actual(expected->size());
    if (!derive(password, *salt, {*n, *r, *p}, max_memory_, actual.data())) return false;
    return CRYPTO_memcmp(actual.view().data(), expected->data(), actual.size()) == 0;
}

}  // namespace td::crypto
