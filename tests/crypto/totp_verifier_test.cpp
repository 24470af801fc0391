// TotpVerifier: which step it finds, in what order, and what it refuses.
#include <gtest/gtest.h>

#include "td/core/outcome.h"
#include "td/crypto/otp.h"
#include "test_support.h"

namespace td::crypto {
namespace {

using core::HashAlgorithm;

const auto kSeed = test::ascii("12345678901234567890");
constexpr std::int64_t kNow = 1700000000;  // step 28333333 of 60 s
constexpr std::int64_t kStep = kNow / 60;

std::string code_at(std::int64_t step, HashAlgorithm algorithm = HashAlgorithm::sha1,
                    std::span<const std::uint8_t> key = kSeed, int digits = 6) {
    return OpenSslOtp().hotp(key, static_cast<std::uint64_t>(step), digits, algorithm);
}

TEST(TotpVerifier, FindsTheCurrentStep) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    EXPECT_EQ(verifier.verify(code_at(kStep), kNow, 1), kStep);
}

TEST(TotpVerifier, FindsTheNeighbouringStepsWithinTheWindow) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    EXPECT_EQ(verifier.verify(code_at(kStep - 1), kNow, 1), kStep - 1);
    EXPECT_EQ(verifier.verify(code_at(kStep + 1), kNow, 1), kStep + 1);
}

TEST(TotpVerifier, RefusesACodeTwoStepsAwayWithWindowOne) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    EXPECT_EQ(verifier.verify(code_at(kStep - 2), kNow, 1), std::nullopt);
    EXPECT_EQ(verifier.verify(code_at(kStep + 2), kNow, 1), std::nullopt);
    EXPECT_EQ(verifier.verify(code_at(kStep - 2), kNow, 2), kStep - 2);
}

TEST(TotpVerifier, WindowZeroTriesOnlyTheCurrentStep) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    EXPECT_EQ(verifier.verify(code_at(kStep - 1), kNow, 0), std::nullopt);
    EXPECT_EQ(verifier.verify(code_at(kStep), kNow, 0), kStep);
}

TEST(TotpVerifier, RefusesAWrongCode) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    // Changing one digit of the current code gives a code of none of the three steps.
    std::string wrong = code_at(kStep);
    wrong[0] = wrong[0] == '9' ? '0' : static_cast<char>(wrong[0] + 1);
    ASSERT_NE(wrong, code_at(kStep - 1));
    ASSERT_NE(wrong, code_at(kStep + 1));
    EXPECT_EQ(verifier.verify(wrong, kNow, 1), std::nullopt);
}

TEST(TotpVerifier, RefusesCodesOfTheWrongShape) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    const std::string good = code_at(kStep);
    EXPECT_EQ(verifier.verify(good.substr(0, 5), kNow, 1), std::nullopt);
    EXPECT_EQ(verifier.verify(good + "0", kNow, 1), std::nullopt);
    EXPECT_EQ(verifier.verify("", kNow, 1), std::nullopt);
    EXPECT_EQ(verifier.verify("12a456", kNow, 1), std::nullopt);
    EXPECT_EQ(verifier.verify(" " + good.substr(1), kNow, 1), std::nullopt);
}

TEST(TotpVerifier, StepBoundariesFollowThePeriod) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    // 1700000040 is the first second of step 28333334.
    EXPECT_EQ(verifier.verify(code_at(28333334), 1700000040, 0), 28333334);
    EXPECT_EQ(verifier.verify(code_at(28333333), 1700000039, 0), 28333333);
}

TEST(TotpVerifier, NeverTriesNegativeSteps) {
    TotpVerifier verifier(kSeed, HashAlgorithm::sha1, 6, 60);
    // Counter 2^64 - 1 is what step -1 would wrap to.
    const std::string wrapped = OpenSslOtp().hotp(kSeed, ~std::uint64_t{0}, 6, HashAlgorithm::sha1);
    ASSERT_NE(wrapped, code_at(0));
    ASSERT_NE(wrapped, code_at(1));
    EXPECT_EQ(verifier.verify(wrapped, 30, 1), std::nullopt);
    EXPECT_EQ(verifier.verify(code_at(0), 30, 1), 0);
}

TEST(TotpVerifier, AgreesWithOpenSslOtpForEveryAlgorithmAndDigitCount) {
    const auto key = test::bytes_from_hex("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778");
    for (auto algorithm : {HashAlgorithm::sha1, HashAlgorithm::sha256, HashAlgorithm::sha512})
        for (int digits = 6; digits <= 8; ++digits) {
            TotpVerifier verifier(key, algorithm, digits, 30);
            for (std::int64_t step : {0, 1, 41, 56666666}) {
                const auto code = code_at(step, algorithm, key, digits);
                EXPECT_EQ(verifier.verify(code, step * 30 + 29, 0), step)
                    << "digits " << digits << " step " << step;
            }
        }
}

TEST(TotpVerifier, HashesKeysLongerThanTheBlock) {
    // RFC 2104: a 100-byte key exceeds SHA-1's 64-byte block and is hashed first.
    std::vector<std::uint8_t> key(100);
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(i * 7);
    TotpVerifier verifier(key, HashAlgorithm::sha1, 6, 60);
    EXPECT_EQ(verifier.verify(code_at(kStep, HashAlgorithm::sha1, key), kNow, 0), kStep);
}

TEST(TotpVerifier, RefusesBadConstruction) {
    EXPECT_THROW(TotpVerifier(kSeed, HashAlgorithm::sha1, 5, 60), core::Fault);
    EXPECT_THROW(TotpVerifier(kSeed, HashAlgorithm::sha1, 9, 60), core::Fault);
    EXPECT_THROW(TotpVerifier(kSeed, HashAlgorithm::sha1, 6, 0), core::Fault);
    EXPECT_THROW(TotpVerifier({}, HashAlgorithm::sha1, 6, 60), core::Fault);
}

}  // namespace
}  // namespace td::crypto
