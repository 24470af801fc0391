// A slow or silent client cannot hold the server; a stop lets requests in flight finish.
#include <gtest/gtest.h>

#include "server_fixture.h"

namespace td::test {
namespace {

server::Limits short_limits() {
    server::Limits l;
    l.request_timeout = std::chrono::milliseconds(400);
    l.idle_timeout = std::chrono::milliseconds(400);
    l.max_connections = 3;
    return l;
}

class LimitsTest : public ServerTest {
  protected:
    void SetUp() override {
        ServerTest::SetUp();
        stop_server();
        start_server(short_limits());
    }
};

TEST_F(LimitsTest, ASilentClientIsClosed) {
    auto c = host();
    EXPECT_TRUE(c.closed_within(5.0));
}

TEST_F(LimitsTest, AClientThatSendsHalfAHeaderIsClosed) {
    auto c = host();
    c.send_raw("POST /v1/otp/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
    EXPECT_TRUE(c.closed_within(5.0));
}

TEST_F(LimitsTest, AnIdleKeptAliveConnectionIsClosed) {
    auto c = host();
    EXPECT_EQ(c.get("/v1/health").status, 200);
    EXPECT_TRUE(c.closed_within(5.0));
}

TEST_F(LimitsTest, ConnectionsOverTheCapAreClosedAtOnce) {
    auto a = host();
    auto b = host();
    auto d = host();
    EXPECT_EQ(a.get("/v1/health").status, 200);
    EXPECT_ANY_THROW({
        auto e = host();
        e.get("/v1/health");
    });
    EXPECT_EQ(b.get("/v1/health").status, 200);
}

TEST_F(ServerTest, StoppingLetsTheOpenConnectionsGo) {
    auto c = host();
    EXPECT_EQ(c.get("/v1/health").status, 200);
    stop_server();  // returns only when every connection has ended
    EXPECT_TRUE(c.closed_within(5.0));
}

}  // namespace
}  // namespace td::test
