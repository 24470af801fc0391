#include "td/core/token_user_id.h"

#include <gtest/gtest.h>

#include <set>

#include "fake_crypto.h"
#include "td/core/base32.h"

using namespace td::core;

TEST(TokenUserId, TenDigitsWithValidCheckDigit) {
    td::test::SequenceRandom random;
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = generate_token_user_id(random);
        ASSERT_EQ(id.size(), 10u);
        EXPECT_NE(id[0], '0');
        EXPECT_TRUE(token_user_id_well_formed(id)) << id;
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(TokenUserId, CatchesASingleMistypedDigit) {
    EXPECT_EQ(luhn_check_digit("7992739871"), '3');  // the classic Luhn example 79927398713
    td::test::SequenceRandom random;
    const std::string id = generate_token_user_id(random);
    for (std::size_t pos = 0; pos < id.size(); ++pos) {
        std::string typo = id;
        typo[pos] = char('0' + (typo[pos] - '0' + 1) % 10);
        EXPECT_FALSE(token_user_id_well_formed(typo)) << typo;
    }
    EXPECT_FALSE(token_user_id_well_formed(id.substr(0, 9)));
    EXPECT_FALSE(token_user_id_well_formed("１" + id.substr(1)));
}

TEST(Base32, Rfc4648Vectors) {
    auto enc = [](std::string s) {
        return base32_encode(std::span(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()));
    };
    EXPECT_EQ(enc(""), "");
    EXPECT_EQ(enc("f"), "MY");
    EXPECT_EQ(enc("foobar"), "MZXW6YTBOI");
    EXPECT_EQ(enc("12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(Base32, DecodesWhatItEncodesAndRefusesOtherCharacters) {
    auto dec = [](std::string_view s) -> std::optional<std::string> {
        auto bytes = base32_decode(s);
        if (!bytes) return std::nullopt;
        return std::string(bytes->begin(), bytes->end());
    };
    EXPECT_EQ(dec(""), "");
    EXPECT_EQ(dec("MY"), "f");
    EXPECT_EQ(dec("MY======"), "f");
    EXPECT_EQ(dec("MZXW6YTBOI"), "foobar");
    EXPECT_EQ(dec("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), "12345678901234567890");
    EXPECT_FALSE(dec("mzxw6"));
    EXPECT_FALSE(dec("MZ 1"));
}
