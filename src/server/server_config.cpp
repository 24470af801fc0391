#include "server_config.h"

#include <charconv>

#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/runtime.h"

namespace td::server {

std::optional<Endpoint> parse_endpoint(const std::string& text) {
    std::string host;
    std::string port;
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        if (close == std::string::npos || text.size() < close + 2 || text[close + 1] != ':')
            return std::nullopt;
        host = text.substr(1, close - 1);
        port = text.substr(close + 2);
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string::npos) return std::nullopt;
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (host.empty() || ec != std::errc() || end != port.data() + port.size() || value > 65535)
        return std::nullopt;
    return Endpoint{host, static_cast<unsigned short>(value)};
}

ServerConfig server_config(const runtime::Settings& settings,
                           const std::optional<std::string>& db_flag,
                           const std::optional<std::string>& key_flag) {
    ServerConfig c;
    std::string problems;
    const auto problem = [&](const std::string& what) { problems += what + "\n"; };
    c.database_url = runtime::database_url(db_flag, settings);
    c.key_file = platform::path_from_utf8(runtime::key_file_path(key_flag, settings));

    const std::string listen = settings.server_listen.value_or("127.0.0.1:8443");
    if (auto endpoint = parse_endpoint(listen))
        c.listen = *endpoint;
    else
        problem("server_listen '" + listen + "': expected HOST:PORT, the port 0 to 65535");

    const auto file = [&](const std::optional<std::string>& value, const char* key,
                          std::filesystem::path& into) {
        if (!value || value->empty())
            problem(std::string(key) + " is not set (a PEM file)");
        else
            into = platform::path_from_utf8(*value);
    };
    file(settings.server_certificate, "server_certificate", c.certificate);
    file(settings.server_private_key, "server_private_key", c.private_key);
    file(settings.server_client_ca, "server_client_ca", c.client_ca);

    if (settings.server_hosts.empty())
        problem("no server_host line: no internet-banking host could be let in");
    for (const auto& line : settings.server_hosts) {
        try {
            HostPin pin = parse_host_pin(line);
            if (find_pin(c.hosts, pin.fingerprint))
                problem("server_host '" + line + "': the same certificate is pinned twice");
            c.hosts.push_back(std::move(pin));
        } catch (const core::Fault& e) {
            problem(e.what());
        }
    }

    if (settings.smtp_relay) {
        if (auto relay = parse_endpoint(*settings.smtp_relay))
            c.smtp_relay = *relay;
        else
            problem("smtp_relay '" + *settings.smtp_relay + "': expected HOST:PORT");
    }
    c.mail_from = settings.mail_from.value_or("");
    if (settings.smtp_ca) {
        c.smtp_ca = platform::path_from_utf8(*settings.smtp_ca);
        if (!std::filesystem::is_regular_file(c.smtp_ca))
            problem("smtp_ca '" + *settings.smtp_ca + "': no such file");
    }
    if (c.smtp_relay && c.mail_from.find('@') == std::string::npos)
        problem("mail_from must be an address when smtp_relay is set");

    if (!problems.empty()) {
        problems.pop_back();
        throw core::Fault(problems);
    }
    return c;
}

}  // namespace td::server
