// The ToUnicode CMap that replaces libharu's: bfranges only, within the CMap format's limits.
#include "to_unicode_cmap.h"

#include <gtest/gtest.h>

#include <regex>

namespace td::reports {
namespace {

TEST(ToUnicodeCmap, MapsEveryBmpCodeToItselfWithBfrangesOnly) {
    const std::string cmap = identity_to_unicode_cmap();
    EXPECT_EQ(cmap.find("cidrange"), std::string::npos);
    EXPECT_NE(cmap.find("/CMapType 2 def"), std::string::npos);
    EXPECT_NE(cmap.find("<0000> <00FF> <0000>"), std::string::npos);
    EXPECT_NE(cmap.find("<3000> <30FF> <3000>"), std::string::npos);  // kana
    EXPECT_NE(cmap.find("<FF00> <FFFF> <FF00>"), std::string::npos);  // full-width forms
    EXPECT_EQ(cmap.find("<D8"), std::string::npos);                   // no surrogates
    const std::regex block(R"((\d+) beginbfrange\n)");
    int ranges = 0;
    for (auto it = std::sregex_iterator(cmap.begin(), cmap.end(), block);
         it != std::sregex_iterator(); ++it) {
        const int n = std::stoi((*it)[1]);
        EXPECT_LE(n, 100);  // the format's limit per block
        ranges += n;
    }
    EXPECT_EQ(ranges, 256 - 8);
}

}  // namespace
}  // namespace td::reports
