#pragma once
// The server's TLS: 1.2 and 1.3 only, its certificate and key, and a client certificate from
// the hosts' CA required in every handshake (no certificate, or another CA's: no connection).
#include <boost/asio/ssl/context.hpp>
#include <string>

#include "server_config.h"

namespace td::server {

// Throws core::Fault naming the file that cannot be used and why.
boost::asio::ssl::context make_tls_context(const ServerConfig& config);

// The SHA-256 of the peer's certificate (DER), as 64 lower-case hex digits; empty with none.
std::string peer_fingerprint(SSL* ssl);

}  // namespace td::server
