// A slow or silent client cannot hold the server; a stop lets requests in flight finish.
#include <gtest/gtest.h>

#include <thread>

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
        if (IsSkipped()) return;
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

TEST_F(ServerTest, AStopFinishesTheRequestInFlight) {
    stop_server();
    server::Limits l;
    l.login_burst = 1000;
    l.verify_answer_time = std::chrono::milliseconds(1500);  // held in flight that long
    start_server(l);
    auto c = host();
    Reply reply;
    std::thread request([&] {
        try {
            reply = c.post("/v1/otp/verify",
                           {{"login_id", "nobody"}, {"otp", "123456"}, {"purpose", "login"}});
        } catch (const std::exception& e) {
            ADD_FAILURE() << e.what();
        }
    });
    // Read in well under a millisecond on 127.0.0.1; stopped while it is being held.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop_server();
    request.join();
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json()["result"], "reject");
}

TEST_F(ServerTest, StoppingLetsTheOpenConnectionsGo) {
    auto c = host();
    EXPECT_EQ(c.get("/v1/health").status, 200);
    stop_server();  // returns only when every connection has ended
    EXPECT_TRUE(c.closed_within(5.0));
}

}  // namespace
}  // namespace td::test

namespace td::test {
namespace {

class RateTest : public ServerTest {
  protected:
    void SetUp() override {
        ServerTest::SetUp();
        if (IsSkipped()) return;
        stop_server();
        server::Limits l;
        l.login_burst = 3;
        l.login_rate = 0.001;  // one more in about 17 minutes: none within the test
        l.host_burst = 8;
        l.host_rate = 0.001;
        start_server(l);
    }
};

TEST_F(RateTest, ALoginIdOverItsRateGets429WithRetryAfter) {
    auto c = host();
    const nlohmann::json body = {{"login_id", "master1"}, {"otp", "000000"}, {"purpose", "login"}};
    for (int i = 0; i < 3; ++i) EXPECT_EQ(c.post("/v1/otp/verify", body).status, 200);
    auto refused = c.post("/v1/otp/verify", body);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.json()["code"], "rate_limited");
    EXPECT_GE(std::stoi(refused.headers["Retry-After"]), 1);
    EXPECT_EQ(c.get("/v1/users/master1").status, 429);  // the same login ID, another route
    EXPECT_EQ(c.get("/v1/users/gen1").status, 200);
}

TEST_F(RateTest, AHostOverItsRateGets429) {
    auto c = host();
    int refused = 0;
    for (int i = 0; i < 10; ++i)
        if (c.get("/v1/users/u" + std::to_string(i)).status == 429) ++refused;
    EXPECT_EQ(refused, 2);
}

}  // namespace
}  // namespace td::test
