#include "compact_cmap.h"

#include <algorithm>

#include "td/core/outcome.h"

namespace td::reports {
namespace {

// libharu reads each glyph-array entry with its own fread, and scans the segments below a code
// point for each of the 65,536. Weighing the two, ratios from 100 to 1,000 render a letter in
// about the same time (measured 8.3-9.3 ms against 10.6 ms with HarfBuzz's cmap); 300 was best.
constexpr double kEntryCostInScans = 300.0;
constexpr std::size_t kMaxSubtableLength = 0xFFFF;  // format 4 lengths are 16-bit

std::uint16_t get16(std::string_view s, std::size_t at) {
    if (at + 2 > s.size()) throw core::Fault("font subset: truncated table directory");
    return static_cast<std::uint16_t>((static_cast<unsigned char>(s[at]) << 8) |
                                      static_cast<unsigned char>(s[at + 1]));
}

std::uint32_t get32(std::string_view s, std::size_t at) {
    return (static_cast<std::uint32_t>(get16(s, at)) << 16) | get16(s, at + 2);
}

void put16(std::string& s, std::uint32_t v) {
    s += static_cast<char>((v >> 8) & 0xFF);
    s += static_cast<char>(v & 0xFF);
}

void put32(std::string& s, std::uint32_t v) {
    put16(s, v >> 16);
    put16(s, v & 0xFFFF);
}

void set32(std::string& s, std::size_t at, std::uint32_t v) {
    s[at] = static_cast<char>(v >> 24);
    s[at + 1] = static_cast<char>((v >> 16) & 0xFF);
    s[at + 2] = static_cast<char>((v >> 8) & 0xFF);
    s[at + 3] = static_cast<char>(v & 0xFF);
}

std::uint32_t checksum(std::string_view table) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < table.size(); i += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k)
            word = (word << 8) |
                   (i + k < table.size() ? static_cast<unsigned char>(table[i + k]) : 0u);
        sum += word;
    }
    return sum;
}

std::vector<std::pair<char32_t, char32_t>> plan_with(const GlyphMapping& mapping, double ratio) {
    std::vector<std::pair<char32_t, char32_t>> segments;
    for (const auto& [cp, gid] : mapping) {
        if (!segments.empty()) {
            const char32_t last = segments.back().second;
            const double gap = static_cast<double>(cp - last - 1);
            if (gap * ratio <= static_cast<double>(0x10000 - last)) {
                segments.back().second = cp;
                continue;
            }
        }
        segments.emplace_back(cp, cp);
    }
    return segments;
}

std::size_t subtable_length(const std::vector<std::pair<char32_t, char32_t>>& segments) {
    std::size_t entries = 0;
    for (const auto& [first, last] : segments) entries += last - first + 1;
    return 16 + 8 * (segments.size() + 1) + 2 * entries;
}

std::string cmap_table(const GlyphMapping& mapping,
                       const std::vector<std::pair<char32_t, char32_t>>& segments) {
    const std::size_t seg_count = segments.size() + 1;  // + the closing 0xFFFF segment
    std::size_t search = 1, selector = 0;
    while (search * 2 <= seg_count) search *= 2, ++selector;

    std::string t;
    put16(t, 0);   // cmap version
    put16(t, 1);   // one subtable:
    put16(t, 3);   // Windows
    put16(t, 1);   // Unicode BMP: the one libharu looks for
    put32(t, 12);  // offset of the subtable
    const auto length = subtable_length(segments);
    put16(t, 4);
    put16(t, static_cast<std::uint32_t>(length));
    put16(t, 0);  // language
    put16(t, static_cast<std::uint32_t>(seg_count * 2));
    put16(t, static_cast<std::uint32_t>(search * 2));
    put16(t, static_cast<std::uint32_t>(selector));
    put16(t, static_cast<std::uint32_t>((seg_count - search) * 2));
    for (const auto& s : segments) put16(t, s.second);
    put16(t, 0xFFFF);
    put16(t, 0);  // reserved pad
    for (const auto& s : segments) put16(t, s.first);
    put16(t, 0xFFFF);
    for (std::size_t i = 0; i < segments.size(); ++i) put16(t, 0);  // deltas: the array holds gids
    put16(t, 1);                                                    // 0xFFFF + 1 wraps to glyph 0
    std::size_t before = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        put16(t, static_cast<std::uint32_t>(2 * (seg_count - i + before)));
        before += segments[i].second - segments[i].first + 1;
    }
    put16(t, 0);
    auto it = mapping.begin();
    for (const auto& [first, last] : segments)
        for (char32_t cp = first; cp <= last; ++cp) {
            std::uint16_t gid = 0;
            if (it != mapping.end() && it->first == cp) gid = it->second, ++it;
            put16(t, gid);
        }
    return t;
}

}  // namespace

std::vector<std::pair<char32_t, char32_t>> plan_segments(const GlyphMapping& mapping) {
    double ratio = kEntryCostInScans;
    auto segments = plan_with(mapping, ratio);
    // A batch using many far-apart characters could overflow the 16-bit length: merge less,
    // down to only consecutive characters (an empty plan if even that does not fit).
    while (subtable_length(segments) > kMaxSubtableLength) {
        if (ratio > 1e9) return {};
        ratio *= 4;
        segments = plan_with(mapping, ratio);
    }
    return segments;
}

std::string with_compact_cmap(std::string_view font, const GlyphMapping& mapping) {
    if (mapping.empty() || mapping.back().first > 0xFFFE)
        throw core::Fault("font subset: nothing to map, or a character outside the BMP");
    const auto segments = plan_segments(mapping);
    // Thousands of scattered characters: keep HarfBuzz's cmap (format 12 and 4) as it is.
    if (segments.empty()) return std::string(font);
    const std::string cmap = cmap_table(mapping, segments);

    const std::uint16_t num_tables = get16(font, 4);
    struct Entry {
        std::uint32_t tag;
        std::string_view data;
    };
    std::vector<Entry> tables;
    for (std::uint16_t i = 0; i < num_tables; ++i) {
        const std::size_t record = 12 + 16u * i;
        const std::uint32_t tag = get32(font, record);
        const std::uint32_t offset = get32(font, record + 8);
        const std::uint32_t length = get32(font, record + 12);
        if (static_cast<std::size_t>(offset) + length > font.size())
            throw core::Fault("font subset: a table runs past the end of the font");
        tables.push_back({tag, font.substr(offset, length)});
    }
    constexpr std::uint32_t kCmap = 0x636D6170, kHead = 0x68656164;
    bool replaced = false;
    for (auto& t : tables)
        if (t.tag == kCmap) t.data = cmap, replaced = true;
    if (!replaced) throw core::Fault("font subset: no cmap table");

    std::string out(font.substr(0, 12));
    const std::size_t directory_end = 12 + 16u * num_tables;
    std::size_t offset = directory_end;
    std::string body;
    std::size_t head_at = 0;
    for (const auto& t : tables) {
        put32(out, t.tag);
        std::string data(t.data);
        if (t.tag == kHead && data.size() >= 12) {
            set32(data, 8, 0);  // checkSumAdjustment is computed over the finished font
            head_at = offset;
        }
        put32(out, checksum(data));
        put32(out, static_cast<std::uint32_t>(offset));
        put32(out, static_cast<std::uint32_t>(data.size()));
        data.resize((data.size() + 3) & ~std::size_t{3}, '\0');
        body += data;
        offset += data.size();
    }
    out += body;
    if (head_at) set32(out, head_at + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

}  // namespace td::reports
