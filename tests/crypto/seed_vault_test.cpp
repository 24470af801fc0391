// AesGcmSeedVault: round trip, sealed layout, and refusal of anything altered.
#include "td/crypto/seed_vault.h"

#include <gtest/gtest.h>

#include <openssl/evp.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

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

TEST(AesGcmSeedVault, SealedFormIsVersionKeyNumberNonceCiphertextTag) {
    AesGcmSeedVault vault(kKey);
    const auto sealed = vault.seal(kSeed);
    ASSERT_EQ(sealed.size(), 1 + 4 + 12 + kSeed.size() + 16);
    EXPECT_EQ(sealed[0], 2);
    EXPECT_EQ(std::vector<std::uint8_t>(sealed.begin() + 1, sealed.begin() + 5),
              (std::vector<std::uint8_t>{0, 0, 0, 1}));
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
                      std::pair<const char*, std::size_t>{"key number first", 1},
                      std::pair<const char*, std::size_t>{"key number last", 4},
                      std::pair<const char*, std::size_t>{"nonce first", 5},
                      std::pair<const char*, std::size_t>{"nonce last", 16},
                      std::pair<const char*, std::size_t>{"ciphertext first", 17},
                      std::pair<const char*, std::size_t>{"ciphertext last", 36},
                      std::pair<const char*, std::size_t>{"tag first", 37},
                      std::pair<const char*, std::size_t>{"tag last", 52}));

// A ring: the current key seals, every key it holds opens what was sealed with it.
std::map<int, core::SecretBytes> ring_of_two() {
    std::map<int, core::SecretBytes> keys;
    keys.emplace(1, kKey);
    keys.emplace(2, kOtherKey);
    return keys;
}

TEST(AesGcmSeedVault, ARingSealsWithItsCurrentKeyAndOpensWithAnyOfItsKeys) {
    AesGcmSeedVault first(kKey);
    AesGcmSeedVault ring(ring_of_two(), 2);
    const auto old_seal = first.seal(kSeed);
    const auto new_seal = ring.seal(kSeed);
    EXPECT_EQ(ring.key_id(), 2);
    EXPECT_EQ(ring.key_of(old_seal), 1);
    EXPECT_EQ(ring.key_of(new_seal), 2);
    EXPECT_TRUE(same(ring.unseal(old_seal), kSeed));
    EXPECT_TRUE(same(ring.unseal(new_seal), kSeed));
    // The vault of before the rotation cannot open the new seal, and says which key it lacks.
    try {
        first.unseal(new_seal);
        ADD_FAILURE() << "unsealed with a key it does not hold";
    } catch (const core::Fault& e) {
        EXPECT_NE(std::string(e.what()).find("key 2"), std::string::npos) << e.what();
    }
}

TEST(AesGcmSeedVault, ASealPassedOffAsAnotherKeysIsRefused) {
    AesGcmSeedVault ring(ring_of_two(), 2);
    auto sealed = ring.seal(kSeed);
    sealed[4] = 1;  // claims key 1: the key number is authenticated
    EXPECT_THROW(ring.unseal(sealed), core::Fault);
}

TEST(AesGcmSeedVault, RefusesACurrentKeyItDoesNotHold) {
    EXPECT_THROW(AesGcmSeedVault(ring_of_two(), 3), core::Fault);
}

// What the vault wrote before the ring (version 1: no key number, key 1) is still read.
std::vector<std::uint8_t> version_one_seal(const core::SecretBytes& key,
                                           const core::SecretBytes& seed) {
    std::vector<std::uint8_t> out(1 + 12 + seed.size() + 16, 0x07);
    out[0] = 1;
    const std::string aad = "tokendesk-seed-v1";
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int n = 0;
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key.view().data(), out.data() + 1);
    EVP_EncryptUpdate(ctx, nullptr, &n, reinterpret_cast<const unsigned char*>(aad.data()),
                      static_cast<int>(aad.size()));
    EVP_EncryptUpdate(ctx, out.data() + 13, &n, seed.view().data(), static_cast<int>(seed.size()));
    EVP_EncryptFinal_ex(ctx, out.data() + 13 + seed.size(), &n);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + 13 + seed.size());
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

TEST(AesGcmSeedVault, ReadsTheFormatOfBeforeTheRingAsKeyOne) {
    const auto sealed = version_one_seal(kKey, kSeed);
    AesGcmSeedVault ring(ring_of_two(), 2);
    EXPECT_EQ(ring.key_of(sealed), 1);
    EXPECT_TRUE(same(ring.unseal(sealed), kSeed));
    auto altered = sealed;
    altered.back() ^= 1;
    EXPECT_THROW(ring.unseal(altered), core::Fault);
}

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
