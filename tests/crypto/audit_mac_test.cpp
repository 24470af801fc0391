// HmacAuditMac: a known answer, determinism, and dependence on key and message.
#include "td/crypto/audit_mac.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "td/core/outcome.h"
#include "test_support.h"

namespace td::crypto {
namespace {

const auto kKey =
    test::secret_from_hex("c0484d0efba8c8897ab45f1597d393b8f0f323ecbd41aee292d263ca5d1b4bd1");

TEST(HmacAuditMac, MatchesRfc4231TestCase2) {
    HmacAuditMac mac(core::SecretBytes(test::ascii("Jefe")));
    EXPECT_EQ(mac.mac("what do ya want for nothing?"),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(HmacAuditMac, IsDeterministic) {
    HmacAuditMac mac(kKey);
    const auto first = mac.mac("branch 001 seq 1 application_approved");
    EXPECT_EQ(first, mac.mac("branch 001 seq 1 application_approved"));
    EXPECT_EQ(first, HmacAuditMac(kKey).mac("branch 001 seq 1 application_approved"));
}

TEST(HmacAuditMac, DependsOnTheKeyAndTheMessage) {
    auto other_key = kKey;
    other_key.data()[0] ^= 0x01;
    HmacAuditMac mac(kKey);
    EXPECT_NE(mac.mac("event"), HmacAuditMac(other_key).mac("event"));
    EXPECT_NE(mac.mac("event"), mac.mac("event."));
}

TEST(HmacAuditMac, IsSixtyFourLowerCaseHexDigits) {
    const auto value = HmacAuditMac(kKey).mac("");
    ASSERT_EQ(value.size(), 64u);
    EXPECT_EQ(value.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(HmacAuditMac, RefusesAnEmptyKey) {
    EXPECT_THROW(HmacAuditMac(core::SecretBytes()), core::Fault);
}

}  // namespace
}  // namespace td::crypto

namespace td::crypto {
namespace {

TEST(HmacAuditMacRing, MacsWithTheCurrentKeyAndChecksWithAnyKeyItHolds) {
    const auto one = test::secret_from_hex(std::string(64, 'a'));
    const auto two = test::secret_from_hex(std::string(64, 'b'));
    std::map<int, core::SecretBytes> keys;
    keys.emplace(1, one);
    keys.emplace(2, two);
    HmacAuditMac ring(keys, 2);
    EXPECT_EQ(ring.key_id(), 2);
    EXPECT_EQ(ring.mac("event"), HmacAuditMac(two).mac("event"));
    EXPECT_EQ(ring.mac_under(1, "event"), HmacAuditMac(one).mac("event"));
    EXPECT_TRUE(ring.has_key(1));
    EXPECT_FALSE(ring.has_key(3));
    EXPECT_THROW(ring.mac_under(3, "event"), core::Fault);
    EXPECT_THROW(HmacAuditMac(keys, 3), core::Fault);
}

}  // namespace
}  // namespace td::crypto
