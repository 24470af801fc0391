// Mutual TLS: only the hosts' CA's certificates connect; only pinned ones act.
#include <gtest/gtest.h>

#include "server_fixture.h"

namespace td::test {
namespace {

// The handshake, or (TLS 1.3, where the server judges the client's certificate after the
// client is done) the first request.
bool refused(const std::function<HttpsClient()>& connect) {
    try {
        auto c = connect();
        return c.get("/v1/health").status == 0;
    } catch (const std::exception&) {
        return true;
    }
}

TEST_F(ServerTest, NoClientCertificateNoConnection) {
    EXPECT_TRUE(refused([this] { return HttpsClient(port(), tls().ca, std::nullopt); }));
}

TEST_F(ServerTest, AnotherCAsCertificateNoConnectionEvenIfPinned) {
    EXPECT_TRUE(refused([this] { return as(tls().other_ca); }));
}

TEST_F(ServerTest, AnExpiredCertificateNoConnectionEvenIfPinned) {
    EXPECT_TRUE(refused([this] { return as(tls().expired); }));
}

TEST_F(ServerTest, ThePinnedHostConnects) {
    EXPECT_FALSE(refused([this] { return host(); }));
}

TEST_F(ServerTest, AnUnpinnedCertificateOfTheCAGets403ButMayReadHealth) {
    auto c = as(tls().unpinned);
    auto r = c.post("/v1/otp/verify",
                    {{"login_id", "master1"}, {"otp", "123456"}, {"purpose", "login"}});
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.json()["code"], "host_not_allowed");
    EXPECT_EQ(c.get("/v1/users/master1").status, 403);
    EXPECT_EQ(c.get("/v1/health").status, 200);
    EXPECT_EQ(c.get("/metrics").status, 200);
}

}  // namespace
}  // namespace td::test
