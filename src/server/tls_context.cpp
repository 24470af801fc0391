#include "tls_context.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <array>
#include <memory>

#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"

namespace td::server {

namespace {

[[noreturn]] void cannot_use(const std::string& what, const std::filesystem::path& file) {
    const unsigned long code = ERR_get_error();
    std::array<char, 256> reason{};
    ERR_error_string_n(code, reason.data(), reason.size());
    ERR_clear_error();
    throw core::Fault(what + " " + platform::utf8_of(file) + ": " +
                      (code != 0 ? std::string(reason.data()) : "cannot be read"));
}

}  // namespace

boost::asio::ssl::context make_tls_context(const ServerConfig& config) {
    namespace ssl = boost::asio::ssl;
    ssl::context context(ssl::context::tls_server);
    SSL_CTX* ctx = context.native_handle();
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // TLS 1.2: forward-secret AEAD suites only (1.3's are all of that kind).
    SSL_CTX_set_cipher_list(ctx,
                            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    const std::string certificate = platform::utf8_of(config.certificate);
    const std::string key = platform::utf8_of(config.private_key);
    const std::string ca = platform::utf8_of(config.client_ca);
    if (SSL_CTX_use_certificate_chain_file(ctx, certificate.c_str()) != 1)
        cannot_use("server_certificate", config.certificate);
    if (SSL_CTX_use_PrivateKey_file(ctx, key.c_str(), SSL_FILETYPE_PEM) != 1)
        cannot_use("server_private_key", config.private_key);
    if (SSL_CTX_check_private_key(ctx) != 1)
        cannot_use("server_private_key does not belong to the certificate; key",
                   config.private_key);
    if (SSL_CTX_load_verify_locations(ctx, ca.c_str(), nullptr) != 1)
        cannot_use("server_client_ca", config.client_ca);
    // The CAs a client may choose its certificate by.
    STACK_OF(X509_NAME)* names = SSL_load_client_CA_file(ca.c_str());
    if (!names) cannot_use("server_client_ca", config.client_ca);
    SSL_CTX_set_client_CA_list(ctx, names);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    // No session resumption: every connection shows its certificate again.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_num_tickets(ctx, 0);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    return context;
}

std::string peer_fingerprint(SSL* ssl) {
    std::unique_ptr<X509, decltype(&X509_free)> cert(SSL_get1_peer_certificate(ssl), X509_free);
    if (!cert) return {};
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest.data(), &size) != 1) return {};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned i = 0; i < size; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0xf];
    }
    return hex;
}

}  // namespace td::server
