#include "host_pins.h"

#include <sstream>

#include "td/core/outcome.h"

namespace td::server {

namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, ','))
        if (!part.empty()) parts.push_back(part);
    return parts;
}

}  // namespace

std::string normalised_fingerprint(std::string_view text) {
    std::string hex;
    for (const char c : text) {
        if (c == ':') continue;
        if (!is_hex(c)) return {};
        hex += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
    }
    return hex.size() == 64 ? hex : std::string{};
}

HostPin parse_host_pin(const std::string& line) {
    std::istringstream in(line);
    std::string name, fingerprint, services, extra;
    in >> name >> fingerprint >> services;
    const std::string where = "server_host '" + line + "'";
    if (services.empty() || (in >> extra))
        throw core::Fault(where + ": expected NAME FINGERPRINT SERVICE_ID[,SERVICE_ID...]");
    HostPin pin{name, normalised_fingerprint(fingerprint), split_commas(services)};
    if (pin.fingerprint.empty())
        throw core::Fault(where +
                          ": the fingerprint must be the certificate's SHA-256, 64 hex digits "
                          "(colons allowed)");
    if (pin.service_ids.empty()) throw core::Fault(where + ": no service ID");
    return pin;
}

const HostPin* find_pin(const std::vector<HostPin>& pins, const std::string& fingerprint) {
    for (const auto& pin : pins)
        if (pin.fingerprint == fingerprint) return &pin;
    return nullptr;
}

}  // namespace td::server
