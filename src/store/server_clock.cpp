#include "td/store/server_clock.h"

#include <soci/soci.h>

#include "connect.h"
#include "database_url.h"
#include "sql_error.h"
#include "td/store/connection_failure.h"

namespace td::store {

ServerClock::ServerClock(ReadServer read_server, std::chrono::seconds resync_every, Steady steady)
    : read_server_(std::move(read_server)),
      resync_every_(resync_every),
      steady_(std::move(steady)) {
    read();
}

void ServerClock::read() const {
    // Half the round trip is the best guess of when the server read its clock.
    const auto before = steady_();
    const auto server = read_server_();
    const auto after = steady_();
    server_at_ = server;
    steady_at_ = before + (after - before) / 2;
    pc_offset_ = std::chrono::duration_cast<std::chrono::milliseconds>(
        server - std::chrono::system_clock::now());
}

core::TimePoint ServerClock::now() const {
    std::lock_guard lock(mutex_);
    if (steady_() - steady_at_ >= resync_every_) {
        try {
            read();
        } catch (const std::exception&) {
            // The server is away for a moment: the last reading plus the monotonic clock is
            // still the server's time to within its drift; the next step reports the outage.
        }
    }
    return std::chrono::floor<std::chrono::seconds>(server_at_ + (steady_() - steady_at_));
}

std::chrono::milliseconds ServerClock::pc_offset() const {
    std::lock_guard lock(mutex_);
    return pc_offset_;
}

std::unique_ptr<core::Clock> open_server_clock(const std::string& url) {
    const auto target = resolve_database_url(url);
    if (target.dialect->server_time_ms_sql.empty()) return nullptr;
    // A session of the clock's own: the store's may be inside a step when a rule asks the time.
    auto session = std::make_shared<soci::session>();
    open_session(*session, *target.dialect, target.connect_string);
    const Dialect* dialect = target.dialect;
    auto read = [session, dialect] {
        long long ms = 0;
        try {
            *session << dialect->server_time_ms_sql, soci::into(ms);
        } catch (const soci::soci_error& e) {
            // The next reading goes through a new connection (the server may have restarted).
            try {
                reopen_session(*session, *dialect);
            } catch (const ConnectionFailed&) {
            }
            throw_database_fault(*dialect, "reading the server's clock", e);
        }
        return std::chrono::system_clock::time_point(std::chrono::milliseconds(ms));
    };
    return std::make_unique<ServerClock>(read, std::chrono::minutes(5));
}

}  // namespace td::store
