// tokendesk.conf's server keys: what is refused and how it is said.
#include <gtest/gtest.h>

#include "host_pins.h"
#include "server_config.h"
#include "td/core/outcome.h"

namespace td::server {
namespace {

const std::string kHex(64, 'a');

TEST(HostPins, FingerprintsWithOrWithoutColonsInEitherCase) {
    std::string colons;
    for (int i = 0; i < 32; ++i) colons += (i ? ":" : "") + std::string("AB");
    EXPECT_EQ(normalised_fingerprint(colons).size(), 64u);
    EXPECT_EQ(normalised_fingerprint(colons).substr(0, 4), "abab");
    EXPECT_EQ(normalised_fingerprint(kHex), kHex);
    EXPECT_EQ(normalised_fingerprint(kHex.substr(1)), "");
    EXPECT_EQ(normalised_fingerprint(kHex.substr(1) + "g"), "");
}

TEST(HostPins, ALineNamesTheHostItsPinAndItsServices) {
    const HostPin pin = parse_host_pin("ib-host " + kHex + " SEIKYO01,SEIKYO02");
    EXPECT_EQ(pin.name, "ib-host");
    EXPECT_EQ(pin.fingerprint, kHex);
    EXPECT_EQ(pin.service_ids, (std::vector<std::string>{"SEIKYO01", "SEIKYO02"}));
    EXPECT_THROW(parse_host_pin("ib-host " + kHex), core::Fault);
    EXPECT_THROW(parse_host_pin("ib-host 1234 SEIKYO01"), core::Fault);
    EXPECT_THROW(parse_host_pin("ib-host " + kHex + " SEIKYO01 extra"), core::Fault);
}

TEST(ServerConfig, EndpointsTakeAHostAndAPort) {
    EXPECT_EQ(parse_endpoint("127.0.0.1:8443")->port, 8443);
    EXPECT_EQ(parse_endpoint("[::1]:8443")->host, "::1");
    EXPECT_FALSE(parse_endpoint("127.0.0.1"));
    EXPECT_FALSE(parse_endpoint("127.0.0.1:99999"));
    EXPECT_FALSE(parse_endpoint(":8443"));
}

TEST(ServerConfig, EveryProblemIsNamedAtOnce) {
    runtime::Settings s;
    s.server_listen = "localhost";
    s.server_hosts = {"ib-host nothex SEIKYO01"};
    s.smtp_relay = "mail:25";
    try {
        server_config(s, std::string("sqlite::memory:"), std::string("/tmp/k"));
        FAIL() << "accepted";
    } catch (const core::Fault& e) {
        const std::string what = e.what();
        for (const char* part : {"server_listen 'localhost'", "server_certificate is not set",
                                 "server_private_key is not set", "server_client_ca is not set",
                                 "64 hex digits", "mail_from"})
            EXPECT_NE(what.find(part), std::string::npos) << part << " in: " << what;
    }
}

TEST(ServerConfig, TheSameCertificatePinnedTwiceIsRefused) {
    runtime::Settings s;
    s.server_certificate = "/c";
    s.server_private_key = "/k";
    s.server_client_ca = "/ca";
    s.server_hosts = {"a " + kHex + " S1", "b " + kHex + " S2"};
    EXPECT_THROW(server_config(s, std::nullopt, std::nullopt), core::Fault);
    s.server_hosts.pop_back();
    const ServerConfig c = server_config(s, std::string("sqlite:/x.db"), std::nullopt);
    EXPECT_EQ(c.listen.host, "127.0.0.1");
    EXPECT_EQ(c.listen.port, 8443);
    EXPECT_EQ(c.database_url, "sqlite:/x.db");
}

}  // namespace
}  // namespace td::server
