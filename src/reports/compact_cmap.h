#pragma once
// libharu 2.3 prepares a font by looking up all 65,536 BMP code points, each by a linear scan
// of the cmap's segments. A HarfBuzz subset has one segment per run of consecutive characters
// (hundreds for a letter), which made that scan 40% of a render. This replaces the subset's
// cmap with a single format-4 table of a few wide segments whose gaps map to glyph 0.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td::reports {

using GlyphMapping = std::vector<std::pair<char32_t, std::uint16_t>>;  // sorted, BMP only

// Segments for these code points: [first, last] pairs. Adjacent runs merge when the gap costs
// libharu less (one glyph-array entry read per code point) than another segment (scanned for
// every code point above it). Empty when no plan fits format 4's 64 KB.
std::vector<std::pair<char32_t, char32_t>> plan_segments(const GlyphMapping& mapping);

// The font with its cmap table replaced (other tables copied unchanged), or the font as it is
// when no compact cmap fits.
std::string with_compact_cmap(std::string_view font, const GlyphMapping& mapping);

}  // namespace td::reports
