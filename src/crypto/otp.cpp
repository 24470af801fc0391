#include "td/crypto/otp.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "hotp_code.h"
#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"

namespace td::crypto {

struct OpenSslOtp::Impl {
    detail::MacPtr hmac;
};

OpenSslOtp::OpenSslOtp() : impl_(std::make_unique<Impl>()) {
    impl_->hmac.reset(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    if (!impl_->hmac) detail::throw_openssl("EVP_MAC_fetch(HMAC)");
}

OpenSslOtp::~OpenSslOtp() = default;
OpenSslOtp::OpenSslOtp(OpenSslOtp&&) noexcept = default;
OpenSslOtp& OpenSslOtp::operator=(OpenSslOtp&&) noexcept = default;

std::string OpenSslOtp::hotp(std::span<const std::uint8_t> key, std::uint64_t counter, int digits,
                             core::HashAlgorithm algorithm) {
    detail::require_digits(digits);
    if (key.empty()) throw core::Fault("HOTP key is empty");

    detail::MacCtxPtr ctx(EVP_MAC_CTX_new(impl_->hmac.get()));
    if (!ctx) detail::throw_openssl("EVP_MAC_CTX_new");
    // OSSL_PARAM wants a mutable pointer but only reads the name.
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                         const_cast<char*>(detail::digest_name(algorithm)), 0),
        OSSL_PARAM_construct_end()};
    detail::check(EVP_MAC_init(ctx.get(), key.data(), key.size(), params), "EVP_MAC_init");

    std::uint8_t message[8];
    detail::counter_bytes(counter, message);
    detail::check(EVP_MAC_update(ctx.get(), message, sizeof message), "EVP_MAC_update");
    std::uint8_t mac[EVP_MAX_MD_SIZE];
    std::size_t mac_length = 0;
    detail::check(EVP_MAC_final(ctx.get(), mac, &mac_length, sizeof mac), "EVP_MAC_final");

    std::string code(static_cast<std::size_t>(digits), '0');
    detail::format_code(detail::truncate(std::span(mac, mac_length), digits), digits, code.data());
    return code;
}

}  // namespace td::crypto
