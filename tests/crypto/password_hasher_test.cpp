// ScryptPasswordHasher: the encoding, verification, and tolerance of malformed input.
#include "td/crypto/password_hasher.h"

#include <gtest/gtest.h>

#include <regex>

#include "td/core/outcome.h"
#include "test_support.h"

namespace td::crypto {
namespace {

TEST(ScryptPasswordHasher, EncodesSchemeParametersSaltAndHash) {
    auto hasher = ScryptPasswordHasher::fast_for_tests();
    // 16-byte salt and 32-byte hash are 24 and 44 base64 characters.
    const std::regex shape(R"(scrypt\$1024\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=)");
    EXPECT_TRUE(std::regex_match(hasher.hash("tokendesk"), shape));
}

TEST(ScryptPasswordHasher, VerifiesTheRightPasswordOnly) {
    auto hasher = ScryptPasswordHasher::fast_for_tests();
    const auto encoded = hasher.hash("correct horse");
    EXPECT_TRUE(hasher.verify("correct horse", encoded));
    EXPECT_FALSE(hasher.verify("correct horsE", encoded));
    EXPECT_FALSE(hasher.verify("", encoded));
}

TEST(ScryptPasswordHasher, JapaneseAndEmptyPasswordsWork) {
    auto hasher = ScryptPasswordHasher::fast_for_tests();
    EXPECT_TRUE(hasher.verify("", hasher.hash("")));
    EXPECT_TRUE(hasher.verify("合言葉", hasher.hash("合言葉")));
}

TEST(ScryptPasswordHasher, TwoHashesOfOnePasswordDiffer) {
    auto hasher = ScryptPasswordHasher::fast_for_tests();
    EXPECT_NE(hasher.hash("same"), hasher.hash("same"));
}

TEST(ScryptPasswordHasher, ReadsParametersFromTheEncodedString) {
    const auto old_hash = ScryptPasswordHasher(1 << 11, 4, 2).hash("kept valid");
    EXPECT_TRUE(ScryptPasswordHasher::fast_for_tests().verify("kept valid", old_hash));
}

TEST(ScryptPasswordHasher, ProductionParametersRoundTrip) {
    auto hasher = ScryptPasswordHasher::production();
    const auto encoded = hasher.hash("production");
    EXPECT_EQ(encoded.rfind("scrypt$32768$8$1$", 0), 0u);
    EXPECT_TRUE(hasher.verify("production", encoded));
}

TEST(ScryptPasswordHasher, VerifiesTheRfc7914Vector) {
    // RFC 7914 section 12, third vector, written in our encoding.
    const std::string encoded =
        "scrypt$16384$8$1$U29kaXVtQ2hsb3JpZGU=$"
        "cCO9yzr9c0hGHAbNgf046/2o+7qQT44+qbVD9lRdofLVQylVYT8Pz2LUlwUkKpr55h6F3A1lHkDfzwF7RVdYhw==";
    auto hasher = ScryptPasswordHasher::fast_for_tests();
    EXPECT_TRUE(hasher.verify("pleaseletmein", encoded));
    EXPECT_FALSE(hasher.verify("pleaseletmeout", encoded));
}

class MalformedHash : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedHash, IsFalseNotAnException) {
    auto hasher = ScryptPasswordHasher::fast_for_tests();
    bool result = true;
    EXPECT_NO_THROW(result = hasher.verify("password", GetParam()));
    EXPECT_FALSE(result);
}

const std::string kSalt = "AAECAwQFBgcICQoLDA0ODw==";
const std::string kHash = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

INSTANTIATE_TEST_SUITE_P(
    Variants, MalformedHash,
    ::testing::Values("", "scrypt", "scrypt$$$$$", "bcrypt$1024$8$1$" + kSalt + "$" + kHash,
                      "scrypt$1024$8$1$" + kSalt,                      // too few fields
                      "scrypt$1024$8$1$" + kSalt + "$" + kHash + "$",  // too many
                      "scrypt$1000$8$1$" + kSalt + "$" + kHash,        // N not a power of 2
                      "scrypt$0$8$1$" + kSalt + "$" + kHash, "scrypt$1$8$1$" + kSalt + "$" + kHash,
                      "scrypt$1024$0$1$" + kSalt + "$" + kHash,
                      "scrypt$1024$8$0$" + kSalt + "$" + kHash,
                      "scrypt$1024$8$1000000$" + kSalt + "$" + kHash,  // p beyond the bound
                      "scrypt$1073741824$8$1$" + kSalt + "$" + kHash,  // beyond max memory
                      "scrypt$-1024$8$1$" + kSalt + "$" + kHash,
                      "scrypt$+1024$8$1$" + kSalt + "$" + kHash,
                      "scrypt$1024x$8$1$" + kSalt + "$" + kHash,
                      "scrypt$99999999999999999999999$8$1$" + kSalt + "$" + kHash,
                      "scrypt$1024$8$1$$" + kHash,                         // empty salt
                      "scrypt$1024$8$1$" + kSalt + "$",                    // empty hash
                      "scrypt$1024$8$1$AAEC$" + kHash,                     // salt too short
                      "scrypt$1024$8$1$" + kSalt + "$AAECAwQFBgcI",        // hash too short
                      "scrypt$1024$8$1$" + kSalt + "$" + kHash.substr(1),  // bad length
                      "scrypt$1024$8$1$" + kSalt + "$" + kHash + "====",
                      "scrypt$1024$8$1$AAECAwQFBgcICQoLDA0ODx==$" + kHash,  // non-canonical
                      "scrypt$1024$8$1$AAECAwQF BgcICQoLDA0ODw=$" + kHash,
                      "scrypt$1024$8$1$AAECAwQF*gcICQoLDA0ODw==$" + kHash,
                      "scrypt$1024$8$1$" + kSalt + "$" + kHash));  // well formed, wrong hash

TEST(ScryptPasswordHasher, RefusesUnusableParameters) {
    EXPECT_THROW(ScryptPasswordHasher(1000, 8, 1), core::Fault);
    EXPECT_THROW(ScryptPasswordHasher(1 << 20, 8, 1, 1024 * 1024), core::Fault);
}

}  // namespace
}  // namespace td::crypto
