// OpenSslRandom: fills what it is given and does not repeat itself.
#include "td/crypto/random.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

namespace td::crypto {
namespace {

TEST(OpenSslRandom, TwoFillsDiffer) {
    std::array<std::uint8_t, 32> a{}, b{};
    OpenSslRandom random;
    random.fill(a);
    random.fill(b);
    EXPECT_NE(a, b);
    EXPECT_TRUE(std::ranges::any_of(a, [](std::uint8_t x) { return x != 0; }));
}

TEST(OpenSslRandom, AnEmptySpanIsFine) {
    EXPECT_NO_THROW(OpenSslRandom().fill({}));
}

}  // namespace
}  // namespace td::crypto
