// OpenSslOtp against the published vectors (RFC 4226 appendix D, RFC 6238 appendix B).
#include "td/crypto/otp.h"

#include <gtest/gtest.h>

#include "td/core/outcome.h"
#include "test_support.h"

namespace td::crypto {
namespace {

using core::HashAlgorithm;
using test::ascii;

// RFC 6238 errata 2866: the seed is "1234567890" repeated to the key length.
const auto kSeed20 = ascii("12345678901234567890");
const auto kSeed32 = ascii("12345678901234567890123456789012");
const auto kSeed64 = ascii("1234567890123456789012345678901234567890123456789012345678901234");

TEST(OpenSslOtp, Rfc4226AppendixD) {
    const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
    OpenSslOtp otp;
    for (std::uint64_t counter = 0; counter < 10; ++counter)
        EXPECT_EQ(otp.hotp(kSeed20, counter, 6, HashAlgorithm::sha1), expected[counter])
            << "counter " << counter;
}

struct Rfc6238Vector {
    std::int64_t unix_time;
    HashAlgorithm algorithm;
    const char* code;
};

const std::vector<std::uint8_t>& seed_for(HashAlgorithm algorithm) {
    switch (algorithm) {
        case HashAlgorithm::sha1:
            return kSeed20;
        case HashAlgorithm::sha256:
            return kSeed32;
        case HashAlgorithm::sha512:
            return kSeed64;
    }
    throw std::logic_error("unknown algorithm");
}

const char* name_of(HashAlgorithm algorithm) {
    switch (algorithm) {
        case HashAlgorithm::sha1:
            return "sha1";
        case HashAlgorithm::sha256:
            return "sha256";
        case HashAlgorithm::sha512:
            return "sha512";
    }
    return "unknown";
}

// Readable failure messages and test names ("sha256_at_1111111109").
std::string describe(const Rfc6238Vector& v) {
    return std::string(name_of(v.algorithm)) + "_at_" + std::to_string(v.unix_time);
}
void PrintTo(const Rfc6238Vector& v, std::ostream* os) {
    *os << describe(v);
}

class Rfc6238 : public ::testing::TestWithParam<Rfc6238Vector> {};

TEST_P(Rfc6238, HotpOfTheThirtySecondStep) {
    const auto& v = GetParam();
    OpenSslOtp otp;
    const auto step = static_cast<std::uint64_t>(v.unix_time / 30);
    EXPECT_EQ(otp.hotp(seed_for(v.algorithm), step, 8, v.algorithm), v.code);
}

TEST_P(Rfc6238, TotpVerifierAcceptsAtTheExactStep) {
    const auto& v = GetParam();
    TotpVerifier verifier(seed_for(v.algorithm), v.algorithm, 8, 30);
    EXPECT_EQ(verifier.verify(v.code, v.unix_time, 0), v.unix_time / 30);
}

INSTANTIATE_TEST_SUITE_P(
    AppendixB, Rfc6238,
    ::testing::Values(Rfc6238Vector{59, HashAlgorithm::sha1, "94287082"},
                      Rfc6238Vector{59, HashAlgorithm::sha256, "46119246"},
                      Rfc6238Vector{59, HashAlgorithm::sha512, "90693936"},
                      Rfc6238Vector{1111111109, HashAlgorithm::sha1, "07081804"},
                      Rfc6238Vector{1111111109, HashAlgorithm::sha256, "68084774"},
                      Rfc6238Vector{1111111109, HashAlgorithm::sha512, "25091201"},
                      Rfc6238Vector{1111111111, HashAlgorithm::sha1, "14050471"},
                      Rfc6238Vector{1111111111, HashAlgorithm::sha256, "67062674"},
                      Rfc6238Vector{1111111111, HashAlgorithm::sha512, "99943326"},
                      Rfc6238Vector{1234567890, HashAlgorithm::sha1, "89005924"},
                      Rfc6238Vector{1234567890, HashAlgorithm::sha256, "91819424"},
                      Rfc6238Vector{1234567890, HashAlgorithm::sha512, "93441116"},
                      Rfc6238Vector{2000000000, HashAlgorithm::sha1, "69279037"},
                      Rfc6238Vector{2000000000, HashAlgorithm::sha256, "90698825"},
                      Rfc6238Vector{2000000000, HashAlgorithm::sha512, "38618901"},
                      Rfc6238Vector{20000000000, HashAlgorithm::sha1, "65353130"},
                      Rfc6238Vector{20000000000, HashAlgorithm::sha256, "77737706"},
                      Rfc6238Vector{20000000000, HashAlgorithm::sha512, "47863826"}),
    [](const auto& vector) { return describe(vector.param); });

TEST(OpenSslOtp, FewerDigitsKeepTheLowOrderDigitsZeroPadded) {
    OpenSslOtp otp;
    // RFC 6238's 8-digit SHA1 code at step 37037036 is 07081804.
    EXPECT_EQ(otp.hotp(kSeed20, 37037036, 7, HashAlgorithm::sha1), "7081804");
    EXPECT_EQ(otp.hotp(kSeed20, 37037036, 6, HashAlgorithm::sha1), "081804");
}

TEST(OpenSslOtp, MatchesOathtoolForSixtySecondSixDigitTokens) {
    // oathtool --totp -s 60s -d 6 -N @T 3132333435363738393031323334353637383930
    OpenSslOtp otp;
    EXPECT_EQ(otp.hotp(kSeed20, 1700000000 / 60, 6, HashAlgorithm::sha1), "895298");
    EXPECT_EQ(otp.hotp(kSeed20, 1700000059 / 60, 6, HashAlgorithm::sha1), "125373");
    EXPECT_EQ(otp.hotp(kSeed20, 2000000000 / 60, 6, HashAlgorithm::sha1), "864010");
}

TEST(OpenSslOtp, RefusesDigitsOutsideSixToEight) {
    OpenSslOtp otp;
    EXPECT_THROW(otp.hotp(kSeed20, 0, 5, HashAlgorithm::sha1), core::Fault);
    EXPECT_THROW(otp.hotp(kSeed20, 0, 9, HashAlgorithm::sha1), core::Fault);
}

TEST(OpenSslOtp, RefusesAnEmptyKey) {
    OpenSslOtp otp;
    EXPECT_THROW(otp.hotp({}, 0, 6, HashAlgorithm::sha1), core::Fault);
}

}  // namespace
}  // namespace td::crypto
