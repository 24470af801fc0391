#include "td/crypto/audit_mac.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "hex.h"
#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"

namespace td::crypto {

// The key is set once on `keyed`; each message works on a duplicate, so the key schedule
// is not recomputed and the subkey is not copied around.
struct HmacAuditMac::Impl {
    detail::MacPtr hmac;
    detail::MacCtxPtr keyed;
};

HmacAuditMac::HmacAuditMac(const core::SecretBytes& key) : impl_(std::make_unique<Impl>()) {
    if (key.empty()) throw core::Fault("audit MAC key is empty");
    impl_->hmac.reset(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    if (!impl_->hmac) detail::throw_openssl("EVP_MAC_fetch(HMAC)");
    impl_->keyed.reset(EVP_MAC_CTX_new(impl_->hmac.get()));
    if (!impl_->keyed) detail::throw_openssl("EVP_MAC_CTX_new");
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    detail::check(EVP_MAC_init(impl_->keyed.get(), key.view().data(), key.size(), params),
                  "EVP_MAC_init");
}

HmacAuditMac::~HmacAuditMac() = default;
HmacAuditMac::HmacAuditMac(HmacAuditMac&&) noexcept = default;
HmacAuditMac& HmacAuditMac::operator=(HmacAuditMac&&) noexcept = default;

std::string HmacAuditMac::mac(std::string_view message) {
    detail::MacCtxPtr ctx(EVP_MAC_CTX_dup(impl_->keyed.get()));
    if (!ctx) detail::throw_openssl("EVP_MAC_CTX_dup");
    if (!message.empty())
        detail::check(
            EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()),
                           message.size()),
            "EVP_MAC_update");
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    detail::check(EVP_MAC_final(ctx.get(), out, &length, sizeof out), "EVP_MAC_final");
    return detail::to_hex(std::span<const std::uint8_t>(out, length));
}

}  // namespace td::crypto
