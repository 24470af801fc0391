#pragma once
// A host's side for the tests: one TLS connection to the server on 127.0.0.1 with (or without)
// a client certificate, several requests on it (kept alive).
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace td::test {

struct Reply {
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;
    nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
};

struct ClientIdentity {
    std::filesystem::path cert, key;
};

class HttpsClient {
  public:
    // Connects and completes the handshake, trusting `ca` for the server. Throws
    // std::runtime_error with the TLS reason when the server refuses the handshake.
    HttpsClient(unsigned short port, const std::filesystem::path& ca,
                const std::optional<ClientIdentity>& identity);
    ~HttpsClient();

    Reply request(const std::string& method, const std::string& target,
                  const std::string& body = {},
                  const std::string& content_type = "application/json",
                  const std::map<std::string, std::string>& headers = {});
    Reply post(const std::string& target, const nlohmann::json& body) {
        return request("POST", target, body.dump());
    }
    Reply get(const std::string& target) { return request("GET", target); }

    // Raw bytes, for requests no well-behaved client sends (a half header).
    void send_raw(const std::string& bytes);
    // True when the server closed the connection within `seconds`.
    bool closed_within(double seconds);
    // Some servers close only after a request: true when the connection still takes one.
    bool still_open();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace td::test
