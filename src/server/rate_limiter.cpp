#include "rate_limiter.h"

#include <cmath>

namespace td::server {

namespace {
// Past this many keys, full buckets (keys idle long enough to have refilled) are dropped.
constexpr std::size_t kPruneAt = 100'000;
}  // namespace

std::optional<std::chrono::seconds> RateLimiter::take(const std::string& key) {
    const auto now = clock_();
    std::lock_guard lock(mutex_);
    if (buckets_.size() > kPruneAt) {
        std::erase_if(buckets_, [&](const auto& entry) {
            const double idle = std::chrono::duration<double>(now - entry.second.at).count();
            return entry.second.tokens + idle * per_second_ >= burst_;
        });
    }
    auto [it, fresh] = buckets_.try_emplace(key, Bucket{burst_, now});
    Bucket& b = it->second;
    if (!fresh) {
        const double elapsed = std::chrono::duration<double>(now - b.at).count();
        b.tokens = std::min(burst_, b.tokens + elapsed * per_second_);
        b.at = now;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return std::nullopt;
    }
    const double wait = (1.0 - b.tokens) / per_second_;
    return std::chrono::seconds(static_cast<long long>(std::ceil(wait)));
}

}  // namespace td::server
