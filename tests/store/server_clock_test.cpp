#include "td/store/server_clock.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "server_databases.h"
#include "td/core/time.h"

namespace td::store {
namespace {

using namespace std::chrono;
using namespace std::chrono_literals;

// A server whose clock reads `server` and a monotonic clock the test moves by hand.
struct FakeTimes {
    system_clock::time_point server = system_clock::time_point(1795000000s);
    steady_clock::time_point steady{};
    int reads = 0;
    bool down = false;
    ServerClock clock(seconds resync = 300s) {
        return ServerClock(
            [this] {
                if (down) throw std::runtime_error("server down");
                ++reads;
                return server;
            },
            resync, [this] { return steady; });
    }
};

TEST(ServerClock, NowIsTheServersTimeNotThePcs) {
    FakeTimes t;
    const ServerClock c = t.clock();
    EXPECT_EQ(c.now().time_since_epoch(), 1795000000s);
    // This PC's clock is far from the fake server's: the offset says by how much.
    EXPECT_GT(std::chrono::abs(c.pc_offset()), 24h);
}

TEST(ServerClock, BetweenReadingsTimeRunsOnTheMonotonicClock) {
    FakeTimes t;
    const ServerClock c = t.clock();
    t.steady += 90s;
    EXPECT_EQ(c.now().time_since_epoch(), 1795000090s);
    EXPECT_EQ(t.reads, 1);  // no round trip per rule
}

TEST(ServerClock, TheServerIsAskedAgainAfterTheResyncIntervalAndWins) {
    FakeTimes t;
    const ServerClock c = t.clock(300s);
    t.steady += 301s;
    t.server += 299s;  // the PC's monotonic clock ran 2 s fast over five minutes
    EXPECT_EQ(c.now().time_since_epoch(), 1795000299s);
    EXPECT_EQ(t.reads, 2);
}

TEST(ServerClock, AnUnreachableServerKeepsTheLastReading) {
    FakeTimes t;
    const ServerClock c = t.clock(300s);
    t.down = true;
    t.steady += 400s;
    EXPECT_EQ(c.now().time_since_epoch(), 1795000400s);
    t.down = false;
    t.server += 401s;  // back, and read again: the server's word wins
    EXPECT_EQ(c.now().time_since_epoch(), 1795000401s);
    EXPECT_EQ(t.reads, 2);
}

TEST(ServerClock, AnUnreachableServerAtStartIsAnError) {
    FakeTimes t;
    t.down = true;
    EXPECT_THROW(t.clock(), std::runtime_error);
}

TEST(ServerClock, SqliteHasNoServerClock) {
    EXPECT_EQ(open_server_clock("sqlite::memory:"), nullptr);
}

// Against the test server (same machine): its clock and this PC's agree within a second.
TEST(ServerClock, TheTestServersClockIsRead) {
    if (auto why = test::server_unavailable()) GTEST_SKIP() << *why;
    auto clock = open_server_clock(test::server_url("postgres"));
    ASSERT_NE(clock, nullptr);
    const auto server = clock->now();
    const auto pc = floor<seconds>(system_clock::now());
    EXPECT_LE(std::chrono::abs(server - pc), 2s);
}

}  // namespace
}  // namespace td::store
