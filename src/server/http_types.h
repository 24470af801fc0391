#pragma once
// A request and an answer as the API sees them, apart from how they travel (Beast, TLS), so the
// routes are tested without a socket.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace td::server {

struct HttpRequest {
    std::string method;
    std::string target;  // path and query, as sent
    std::string content_type;
    std::string body;
    std::string idempotency_key;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    // For the access log and /metrics: the route's template ("/v1/users/{login_id}") and what
    // came of it ("accept", "ok", an error code). Never a code or password.
    std::string route;
    std::string result;
    // Not written before this long after the request was read (see Limits::verify_answer_time).
    std::chrono::milliseconds answer_time{0};
};

}  // namespace td::server
