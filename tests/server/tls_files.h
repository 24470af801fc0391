#pragma once
// Certificates for the server tests, made by the openssl command in the test's set-up: the
// hosts' CA with the server's certificate (127.0.0.1), a pinned host's, an unpinned one's and an
// expired one's, and another CA with a client of its own.
#include <filesystem>
#include <string>

namespace td::test {

struct TlsFiles {
    std::filesystem::path ca, server_cert, server_key;
    struct Client {
        std::filesystem::path cert, key;
        std::string fingerprint;  // SHA-256, lower-case hex
    };
    Client host, unpinned, expired, other_ca;
};

// Writes everything into `dir`; fails the test (ADD_FAILURE) when openssl does.
TlsFiles make_tls_files(const std::filesystem::path& dir);

}  // namespace td::test
