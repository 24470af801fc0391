// The database out of reach: the host is told 503 (it must fail closed) and nothing is half
// done; the server finds the database again by itself.
#include <gtest/gtest.h>

#include "server_fixture.h"

namespace td::test {
namespace {

TEST_F(ServerTest, ALostDatabaseConnectionIs503AndNothingHalfDone) {
    const std::string secret = set_up_token(master_token);
    auto c = host();
    if (!cut_database_connections()) GTEST_SKIP() << "SQLite has no database server to lose";
    const nlohmann::json wrong = {{"login_id", "master1"}, {"otp", "000000"}, {"purpose", "login"}};
    int unavailable = 0;
    Reply r;
    // Each worker's connection was cut: each answers 503 once, then opens a new one.
    for (int i = 0; i < 10; ++i) {
        r = c.post("/v1/otp/verify", wrong);
        if (r.status != 503) break;
        ++unavailable;
        EXPECT_EQ(r.json()["code"], "database_unavailable");
        EXPECT_EQ(r.headers["Retry-After"], "5");
    }
    EXPECT_GE(unavailable, 1);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["result"], "reject");
    // Only the one answered verification counted.
    for (int i = 0; i < 10; ++i) {
        auto user = c.get("/v1/users/master1");
        if (user.status == 503) continue;
        EXPECT_EQ(user.json()["fail_count"], 1);
        break;
    }
    EXPECT_NE(c.get("/metrics")
                  .body.find("tokendesk_database_errors_total " + std::to_string(unavailable)),
              std::string::npos);
}

}  // namespace
}  // namespace td::test
