// CryptoSuite: the ports it hands to core work together under one key file.
#include "td/crypto/crypto_suite.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace td::crypto {
namespace {

const auto kMaster =
    test::secret_from_hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

TEST(CryptoSuite, PortsUseTheKeyFilesSubkeys) {
    CryptoSuite suite(KeyFile::from_master_key(kMaster), true);
    auto ports = suite.ports();

    const auto seed = test::secret_from_hex("3132333435363738393031323334353637383930");
    const auto sealed = ports.vault.seal(seed);
    const auto key = KeyFile::from_master_key(kMaster);
    EXPECT_TRUE(std::ranges::equal(AesGcmSeedVault(key.seed_sealing_key()).unseal(sealed).view(),
                                   seed.view()));
    EXPECT_EQ(ports.audit_mac.mac("event"), HmacAuditMac(key.audit_chain_key()).mac("event"));
}

TEST(CryptoSuite, SuitesFromOneKeyFileReadEachOthersSeals) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    CryptoSuite writer(KeyFile::open_or_create(path), true);
    CryptoSuite reader(KeyFile::open_or_create(path), true);
    const auto seed = test::secret_from_hex("00ff00ff");
    EXPECT_TRUE(std::ranges::equal(
        reader.ports().vault.unseal(writer.ports().vault.seal(seed)).view(), seed.view()));
}

TEST(CryptoSuite, FastHashingStillVerifies) {
    CryptoSuite suite(KeyFile::from_master_key(kMaster), true);
    auto& hasher = suite.ports().hasher;
    const auto encoded = hasher.hash("pass");
    EXPECT_EQ(encoded.rfind("scrypt$1024$", 0), 0u);
    EXPECT_TRUE(hasher.verify("pass", encoded));
}

TEST(CryptoSuite, OtpPortComputesHotp) {
    CryptoSuite suite(KeyFile::from_master_key(kMaster), true);
    EXPECT_EQ(suite.ports().otp.hotp(test::ascii("12345678901234567890"), 0, 6,
                                     core::HashAlgorithm::sha1),
              "755224");
}

}  // namespace
}  // namespace td::crypto
