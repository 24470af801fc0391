// tokendesk-server as the program systemd runs: SIGTERM, and two servers on one database.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "server_fixture.h"
#include "server_process.h"
#include "test_process.h"

namespace td::test {
namespace {

class ProcessTest : public ServerTest {
  protected:
    void SetUp() override {
        ServerTest::SetUp();
        if (IsSkipped()) return;
        stop_server();  // the fixture's in-process server; these tests start programs
    }
    std::vector<std::string> args() const { return {"--db", db_url(), "--key-file", key_file()}; }
};

TEST_F(ProcessTest, SigtermStopsTheServerAndClosesItsConnections) {
    ServerProcess server(args());
    ASSERT_NE(server.port(), 0);
    HttpsClient c(server.port(), tls().ca, ClientIdentity{tls().host.cert, tls().host.key});
    auto r =
        c.post("/v1/otp/verify", {{"login_id", "nobody"}, {"otp", "123456"}, {"purpose", "login"}});
    EXPECT_EQ(r.json()["result"], "reject");
    EXPECT_EQ(server.terminate(), 0);
    EXPECT_NE(server.output().find("\"route\":\"/v1/otp/verify\""), std::string::npos)
        << server.output();
    EXPECT_TRUE(c.closed_within(5.0));
}

TEST_F(ProcessTest, CheckConfigOpensEverythingAndSaysSo) {
    const auto r = run_program(TD_SERVER_PROGRAM,
                               {"--db", db_url(), "--key-file", key_file(), "--check-config"}, {});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("configuration OK"), std::string::npos);
    EXPECT_NE(r.out.find("host: ib-host"), std::string::npos);
    const auto missing = run_program(
        TD_SERVER_PROGRAM,
        {"--db", db_url() + ".missing", "--key-file", key_file(), "--check-config"}, {});
    EXPECT_EQ(missing.exit_code, 1);
}

TEST_F(ProcessTest, TwoServersOnOneDatabaseAcceptACodeOnce) {
    const std::string secret = [&] {
        ServerProcess one(args());
        HttpsClient c(one.port(), tls().ca, ClientIdentity{tls().host.cert, tls().host.key});
        return c
            .post("/v1/activations", {{"service_id", master_token.service_id},
                                      {"token_user_id", master_token.token_user_id},
                                      {"start_password", master_token.start_password}})
            .json()
            .value("secret_base32", "");
    }();
    ASSERT_FALSE(secret.empty());
    ServerProcess a(args());
    ServerProcess b(args());
    ASSERT_NE(a.port(), 0);
    ASSERT_NE(b.port(), 0);
    const std::string otp = code(secret);
    constexpr int kRequests = 16;
    std::vector<std::unique_ptr<HttpsClient>> clients;
    for (int i = 0; i < kRequests; ++i)
        clients.push_back(
            std::make_unique<HttpsClient>(i % 2 ? a.port() : b.port(), tls().ca,
                                          ClientIdentity{tls().host.cert, tls().host.key}));
    std::atomic<int> ready{0}, accepted{0}, refused{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kRequests; ++i)
        threads.emplace_back([&, i] {
            ++ready;
            while (ready < kRequests) std::this_thread::yield();
            auto r = clients[i]->post(
                "/v1/otp/verify", {{"login_id", "master1"}, {"otp", otp}, {"purpose", "login"}});
            const std::string result = r.json().value("result", "");
            if (result == "accept") ++accepted;
            // A replay counts toward the lock (rule 8): after five, the answer is "locked".
            if (result == "reject" || result == "locked") ++refused;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(accepted, 1);
    EXPECT_EQ(refused, kRequests - 1);
}

}  // namespace
}  // namespace td::test
