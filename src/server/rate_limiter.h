#pragma once
// Token buckets by key (a login ID, a host): `burst` requests at once, then `per_second` on
// average. A refused request learns when to try again (429's Retry-After). Thread-safe.
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace td::server {

class RateLimiter {
  public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    RateLimiter(double per_second, double burst, Clock clock = std::chrono::steady_clock::now)
        : per_second_(per_second), burst_(burst), clock_(std::move(clock)) {}

    // None when the request may go ahead (and is counted); else whole seconds to wait.
    std::optional<std::chrono::seconds> take(const std::string& key);

  private:
    struct Bucket {
        double tokens;
        std::chrono::steady_clock::time_point at;
    };
    double per_second_, burst_;
    Clock clock_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace td::server
