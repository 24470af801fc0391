// The compact cmap must map exactly like the subset it replaces: every character to its glyph,
// every gap to glyph 0, read the way the OpenType specification (and libharu) reads format 4.
#include "compact_cmap.h"

#include <gtest/gtest.h>

#include <map>

namespace td::reports {
namespace {

unsigned u16(const std::string& s, std::size_t at) {
    return (static_cast<unsigned char>(s[at]) << 8) | static_cast<unsigned char>(s[at + 1]);
}
unsigned u32(const std::string& s, std::size_t at) {
    return (u16(s, at) << 16) | u16(s, at + 2);
}

// A minimal sfnt: the tables given, in order.
std::string sfnt(const std::vector<std::pair<std::string, std::string>>& tables) {
    std::string out = std::string("\0\1\0\0", 4);
    const auto n = static_cast<unsigned>(tables.size());
    out += static_cast<char>(n >> 8), out += static_cast<char>(n & 0xFF);
    out += std::string(6, '\0');
    std::size_t offset = 12 + 16 * tables.size();
    std::string body;
    for (const auto& [tag, data] : tables) {
        out += tag;
        out += std::string(4, '\0');
        for (unsigned v : {static_cast<unsigned>(offset), static_cast<unsigned>(data.size())})
            for (int shift = 24; shift >= 0; shift -= 8)
                out += static_cast<char>((v >> shift) & 0xFF);
        std::string padded = data;
        padded.resize((padded.size() + 3) & ~std::size_t{3}, '\0');
        body += padded;
        offset += padded.size();
    }
    return out + body;
}

std::string table(const std::string& font, const std::string& tag) {
    for (unsigned i = 0; i < u16(font, 4); ++i) {
        const std::size_t r = 12 + 16 * i;
        if (font.compare(r, 4, tag) == 0) return font.substr(u32(font, r + 8), u32(font, r + 12));
    }
    return {};
}

// Looks a code point up in a (3,1) format 4 subtable, per the OpenType specification.
unsigned lookup(const std::string& cmap, unsigned cp) {
    EXPECT_EQ(u16(cmap, 2), 1u);
    EXPECT_EQ(u16(cmap, 4), 3u);
    EXPECT_EQ(u16(cmap, 6), 1u);
    const std::size_t sub = u32(cmap, 8);
    EXPECT_EQ(u16(cmap, sub), 4u);
    const unsigned segs = u16(cmap, sub + 6) / 2;
    const std::size_t ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                      ranges = deltas + 2 * segs;
    for (unsigned i = 0; i < segs; ++i) {
        if (cp > u16(cmap, ends + 2 * i)) continue;
        const unsigned start = u16(cmap, starts + 2 * i);
        if (cp < start) return 0;
        const unsigned delta = u16(cmap, deltas + 2 * i), range = u16(cmap, ranges + 2 * i);
        if (range == 0) return (cp + delta) & 0xFFFF;
        const unsigned gid = u16(cmap, ranges + 2 * i + range + 2 * (cp - start));
        return gid == 0 ? 0 : (gid + delta) & 0xFFFF;
    }
    return 0;
}

TEST(CompactCmap, MapsEveryCharacterToItsGlyphAndGapsToZero) {
    // Sorted by code point, as FontFace::subset hands it over.
    GlyphMapping mapping{{U' ', 3},   {U'A', 4},   {U'B', 5},   {U'お', 9},
                         {U'手', 20}, {U'様', 30}, {U'続', 21}, {U'\uFF11', 40}};
    const std::string head(54, '\0');
    const auto font = with_compact_cmap(
        sfnt({{"cmap", std::string(40, '\x7F')}, {"head", head}, {"glyf", "glyphs"}}), mapping);
    const auto cmap = table(font, "cmap");
    std::map<unsigned, unsigned> expected(mapping.begin(), mapping.end());
    for (unsigned cp = 0; cp < 0xFFFF; ++cp) {
        const auto it = expected.find(cp);
        ASSERT_EQ(lookup(cmap, cp), it == expected.end() ? 0u : it->second) << std::hex << cp;
    }
    EXPECT_EQ(table(font, "glyf"), "glyphs");  // the other tables are copied unchanged
}

TEST(CompactCmap, MergesNearbyRunsButNotFarOnes) {
    GlyphMapping mapping{{0x41, 1}, {0x43, 2}, {0x3042, 3}, {0x3044, 4}, {0x9F00, 5}, {0xFF11, 6}};
    const auto segments = plan_segments(mapping);
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0], (std::pair<char32_t, char32_t>{0x41, 0x43}));
    EXPECT_EQ(segments[1], (std::pair<char32_t, char32_t>{0x3042, 0x3044}));
}

TEST(CompactCmap, StaysWithinTheFormat4SizeLimitForLargeBatches) {
    GlyphMapping mapping;
    for (unsigned cp = 0x4E00; cp < 0x9FA0; cp += 3) mapping.emplace_back(cp, 1);
    std::size_t entries = 0;
    const auto segments = plan_segments(mapping);
    ASSERT_FALSE(segments.empty());
    for (const auto& [first, last] : segments) entries += last - first + 1;
    EXPECT_LE(16 + 8 * (segments.size() + 1) + 2 * entries, 0xFFFFu);
}

TEST(CompactCmap, KeepsTheOriginalCmapWhenNoCompactOneFits) {
    // Every other BMP character: merged, the glyph array is too long; unmerged, the segments.
    GlyphMapping mapping;
    for (unsigned cp = 0x100; cp < 0xFFF0; cp += 2) mapping.emplace_back(cp, 1);
    EXPECT_TRUE(plan_segments(mapping).empty());
    const auto font = sfnt({{"cmap", "original"}, {"head", std::string(54, '\0')}});
    EXPECT_TRUE(with_compact_cmap(font, mapping) == font);  // (not EXPECT_EQ: binary output)
}

}  // namespace
}  // namespace td::reports
