#include "td/crypto/audit_mac.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <string>

#include "hex.h"
#include "key_numbers.h"
#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/core/outcome.h"

namespace td::crypto {

namespace {

// Keyed once; each message works on a duplicate, so the key schedule is not recomputed and the
// subkey is not copied around.
detail::MacCtxPtr keyed_context(EVP_MAC* hmac, const core::SecretBytes& key) {
    if (key.empty()) throw core::Fault("audit MAC key is empty");
    detail::MacCtxPtr ctx(EVP_MAC_CTX_new(hmac));
    if (!ctx) detail::throw_openssl("EVP_MAC_CTX_new");
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    detail::check(EVP_MAC_init(ctx.get(), key.view().data(), key.size(), params), "EVP_MAC_init");
    return ctx;
}

}  // namespace

struct HmacAuditMac::Impl {
    detail::MacPtr hmac;
    std::map<int, detail::MacCtxPtr> keyed;
    int current = 1;
};

HmacAuditMac::HmacAuditMac(const std::map<int, core::SecretBytes>& keys, int current)
    : impl_(std::make_unique<Impl>()) {
    impl_->hmac.reset(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    if (!impl_->hmac) detail::throw_openssl("EVP_MAC_fetch(HMAC)");
    for (const auto& [id, key] : keys) impl_->keyed.emplace(id, keyed_context(impl_->hmac.get(), key));
    if (!impl_->keyed.contains(current))
        throw core::Fault("the key ring has no key " + std::to_string(current));
    impl_->current = current;
}

HmacAuditMac::HmacAuditMac(const core::SecretBytes& key) : HmacAuditMac(detail::as_key_one(key), 1) {}

HmacAuditMac::~HmacAuditMac() = default;
HmacAuditMac::HmacAuditMac(HmacAuditMac&&) noexcept = default;
HmacAuditMac& HmacAuditMac::operator=(HmacAuditMac&&) noexcept = default;

int HmacAuditMac::key_id() const {
    return impl_->current;
}

bool HmacAuditMac::has_key(int key_id) const {
    return impl_->keyed.contains(key_id);
}

std::string HmacAuditMac::mac(std::string_view message) {
    return mac_under(impl_->current, message);
}

std::string HmacAuditMac::mac_under(int key_id, std::string_view message) {
    const auto keyed = impl_->keyed.find(key_id);
    if (keyed == impl_->keyed.end())
        throw core::Fault("the key ring has no key " + std::to_string(key_id));
    detail::MacCtxPtr ctx(EVP_MAC_CTX_dup(keyed->second.get()));
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
