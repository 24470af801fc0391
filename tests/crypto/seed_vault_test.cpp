// AesGcmSeedVault: round trip, sealed layout, and refusal of anything altered.
#include "td/crypto/seed_vault.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "td/core/outcome.h"
#include "test_support.h"

namespace td::crypto {
namespace {

const auto kKey =
    test::secret_from_hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
const auto kOtherKey =
    test::secret_from_hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff5");
const auto kSeed = test::secret_from_hex("3132333435363738393031323334353637383930");

bool same(const core::SecretBytes& a, const core::SecretBytes& b) {
    return std::ranges::equal(a.view(), b.view());
}

TEST(AesGcmSeedVault, UnsealReturnsWhatWasSealed) {
    AesGcmSeedVault vault(kKey);
    EXPECT_TRUE(same(vault.unseal(vault.seal(kSeed)), kSeed));
}

TEST(AesGcmSeedVault, AnEmptySeedRoundTrips) {
    AesGcmSeedVault vault(kKey);
    EXPECT_TRUE(vault.unseal(vault.seal(core::SecretBytes())).empty());
}

TEST(AesGcmSeedVault, SealedFormIsVersionNonceCiphertextTag) {
    AesGcmSeedVault vault(kKey);
    const auto sealed = vault.seal(kSeed);
    ASSERT_EQ(sealed.size(), 1 + 12 + kSeed.size() + 16);
    EXPECT_EQ(sealed[0], 1);
    // The seed must not appear in clear.
    EXPECT_EQ(std::ranges::search(sealed, kSeed.view()).size(), 0u);
}

TEST(AesGcmSeedVault, EachSealUsesAFreshNonce) {
    AesGcmSeedVault vault(kKey);
    EXPECT_NE(vault.seal(kSeed), vault.seal(kSeed));
}

TEST(AesGcmSeedVault, AnotherVaultWithTheSameKeyUnseals) {
    const auto sealed = AesGcmSeedVault(kKey).seal(kSeed);
    EXPECT_TRUE(same(AesGcmSeedVault(kKey).unseal(sealed), kSeed));
}

TEST(AesGcmSeedVault, RefusesTheWrongKey) {
    const auto sealed = AesGcmSeedVault(kKey).seal(kSeed);
    EXPECT_THROW(AesGcmSeedVault(kOtherKey).unseal(sealed), core::Fault);
}

// One bit flipped anywhere in the sealed bytes must be detected.
class SeedVaultTampering : public ::testing::TestWithParam<std::pair<const char*, std::size_t>> {};

TEST_P(SeedVaultTampering, FlippedBitIsRefused) {
    AesGcmSeedVault vault(kKey);
    auto sealed = vault.seal(kSeed);
    sealed.at(GetParam().second) ^= 0x01;
    EXPECT_THROW(vault.unseal(sealed), core::Fault) << GetParam().first;
}

INSTANTIATE_TEST_SUITE_P(
    EveryPart, SeedVaultTampering,
    ::testing::Values(std::pair<const char*, std::size_t>{"version", 0},
                      std::pair<const char*, std::size_t>{"nonce first", 1},
                      std::pair<const char*, std::size_t>{"nonce last", 12},
                      std::pair<const char*, std::size_t>{"ciphertext first", 13},
                      std::pair<const char*, std::size_t>{"ciphertext last", 32},
                      std::pair<const char*, std::size_t>{"tag first", 33},
                      std::pair<const char*, std::size_t>{"tag last", 48}));

TEST(AesGcmSeedVault, RefusesTruncatedAndExtendedData) {
    AesGcmSeedVault vault(kKey);
    auto sealed = vault.seal(kSeed);
    auto shorter = sealed;
    shorter.pop_back();
    EXPECT_THROW(vault.unseal(shorter), core::Fault);
    auto longer = sealed;
    longer.push_back(0);
    EXPECT_THROW(vault.unseal(longer), core::Fault);
    EXPECT_THROW(vault.unseal(std::span(sealed).first(28)), core::Fault);
    EXPECT_THROW(vault.unseal({}), core::Fault);
}

TEST(AesGcmSeedVault, RefusesKeysThatAreNot32Bytes) {
    EXPECT_THROW(AesGcmSeedVault(core::SecretBytes(16)), core::Fault);
    EXPECT_THROW(AesGcmSeedVault(core::SecretBytes()), core::Fault);
}

}  // namespace
}  // namespace td::crypto
