#pragma once
// The internet-banking hosts a server lets in: one `server_host = NAME FINGERPRINT
// SERVICE_ID[,SERVICE_ID...]` line of tokendesk.conf each. A host is known by its client
// certificate's SHA-256 fingerprint; the CA only lets it say hello.
#include <string>
#include <string_view>
#include <vector>

namespace td::server {

struct HostPin {
    std::string name;
    std::string fingerprint;  // 64 lower-case hex digits
    std::vector<std::string> service_ids;
};

// "AB:CD:…" or "abcd…" to 64 lower-case hex digits; empty when it is not a SHA-256 fingerprint.
std::string normalised_fingerprint(std::string_view text);

// Throws core::Fault naming the line and the rule it breaks.
HostPin parse_host_pin(const std::string& line);

// The pin with this fingerprint, or none.
const HostPin* find_pin(const std::vector<HostPin>& pins, const std::string& fingerprint);

}  // namespace td::server
