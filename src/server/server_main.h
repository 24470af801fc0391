#pragma once
// tokendesk-server's command line, apart from main() so the tests run the same start-up:
//   tokendesk-server [--db URL] [--key-file PATH] [--check-config]
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "server_config.h"

namespace td::server {

// The text of docs/openapi.yaml, built in.
extern const char kOpenApiYaml[];

struct ServerHooks {
    // Called once the server listens, with its port (tests ask for port 0) and a way to stop
    // it as SIGTERM does.
    std::function<void(unsigned short port, std::function<void()> stop)> listening;
    // Where access-log lines go (default: standard output, one JSON object a line).
    std::function<void(const std::string&)> access_log;
    // Tests' shorter timeouts.
    std::optional<Limits> limits;
};

// Returns the process's exit code: 0 after a clean stop (SIGTERM, SIGINT) or a good
// --check-config, 1 when the configuration is refused, 2 for a usage error.
int server_main(const std::vector<std::string>& args, const ServerHooks& hooks = {});

}  // namespace td::server
