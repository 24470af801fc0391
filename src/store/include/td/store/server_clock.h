#pragma once
// The central database server's clock as TokenDesk's "now" (rules 11, 13 and the OTP steps):
// every counter PC of every branch then agrees on the 30-minute re-issue wait, the 20:50–08:10
// window and the current OTP step, whatever its own clock says. The server is asked at start
// and every few minutes; between two readings time runs on this PC's monotonic clock, so a
// rule never waits on a round trip and a PC's clock being set meanwhile changes nothing.
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "td/core/clock.h"

namespace td::store {

class ServerClock final : public core::Clock {
  public:
    using ReadServer = std::function<std::chrono::system_clock::time_point()>;
    using Steady = std::function<std::chrono::steady_clock::time_point()>;

    // `read_server` is asked now (its exception leaves the constructor) and again when
    // `resync_every` has passed; a failed later reading keeps the last one.
    ServerClock(ReadServer read_server, std::chrono::seconds resync_every,
                Steady steady = [] { return std::chrono::steady_clock::now(); });

    core::TimePoint now() const override;
    // Server time minus this PC's time at the last reading (for the administrator).
    std::chrono::milliseconds pc_offset() const;

  private:
    void read() const;

    ReadServer read_server_;
    std::chrono::seconds resync_every_;
    Steady steady_;
    mutable std::mutex mutex_;
    mutable std::chrono::system_clock::time_point server_at_;
    mutable std::chrono::steady_clock::time_point steady_at_;
    mutable std::chrono::milliseconds pc_offset_{0};
};

// The server clock of the database at `url` on a connection of its own; nullptr for SQLite,
// whose "server" is this PC. Throws ConnectionFailed like open_store.
std::unique_ptr<core::Clock> open_server_clock(const std::string& url);

}  // namespace td::store
