#include "hkdf.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "openssl_error.h"
#include "openssl_handles.h"

namespace td::crypto::detail {

core::SecretBytes hkdf_sha256(std::span<const std::uint8_t> key, std::string_view info,
                              std::size_t length) {
    KdfPtr kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr));
    if (!kdf) throw_openssl("EVP_KDF_fetch(HKDF)");
    KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx) throw_openssl("EVP_KDF_CTX_new");

    // OSSL_PARAM takes mutable pointers; HKDF only reads these buffers.
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(key.data()),
                                          key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                          info.size()),
        OSSL_PARAM_construct_end()};
    core::SecretBytes out(length);
    check(EVP_KDF_derive(ctx.get(), out.data().data(), out.size(), params), "HKDF derive");
    return out;
}

}  // namespace td::crypto::detail
