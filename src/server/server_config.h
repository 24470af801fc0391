#pragma once
// Everything tokendesk-server needs to start, from the command line, the environment and
// tokendesk.conf (the same database and key file the other programs find), checked whole so
// --check-config and a start name every problem at once.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "host_pins.h"
#include "td/runtime/settings_file.h"

namespace td::server {

struct Endpoint {
    std::string host;
    unsigned short port = 0;
};

// Bounds that keep one client from holding the server (docs/host-interface.md).
struct Limits {
    std::size_t max_body_bytes = 16 * 1024;
    std::size_t max_header_bytes = 8 * 1024;
    std::size_t max_connections = 256;
    std::chrono::milliseconds handshake_timeout{10'000};
    // A request, headers and body, must arrive whole within this of its first wait.
    std::chrono::milliseconds request_timeout{10'000};
    // A kept-alive connection with no request for this long is closed.
    std::chrono::milliseconds idle_timeout{30'000};
    int workers = 8;  // threads, each with its own database connection
    // Requests naming one login ID (any host), and requests of one host: on average per
    // second, and at once. 429 with Retry-After beyond them.
    double login_rate = 0.5;  // 30 a minute
    double login_burst = 10;
    double host_rate = 5000;
    double host_burst = 10000;
    // A verification is answered no sooner than this after it was read, so an unknown login
    // ID, a user without a usable token and a wrong code take the same time to the host.
    std::chrono::milliseconds verify_answer_time{10};
    // How often the outbox is looked at for mails due (a retry, another server's issuance).
    std::chrono::milliseconds mail_poll{5'000};
};

struct ServerConfig {
    std::string database_url;
    std::filesystem::path key_file;
    Endpoint listen;
    std::filesystem::path certificate, private_key, client_ca;
    std::vector<HostPin> hosts;
    std::optional<Endpoint> smtp_relay;
    std::string mail_from;
    std::filesystem::path smtp_ca;  // empty: the system's trusted CAs
    Limits limits;
};

// "HOST:PORT" ("[::1]:8443" for IPv6); none when malformed.
std::optional<Endpoint> parse_endpoint(const std::string& text);

// Throws core::Fault listing every problem, one a line.
ServerConfig server_config(const runtime::Settings& settings,
                           const std::optional<std::string>& db_flag,
                           const std::optional<std::string>& key_flag);

}  // namespace td::server
