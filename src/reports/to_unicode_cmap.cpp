#include "to_unicode_cmap.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace td::reports {

std::string identity_to_unicode_cmap() {
    // A bfrange may vary only in its last byte: one range per high byte.
    std::vector<unsigned> high_bytes;
    for (unsigned hi = 0; hi <= 0xFF; ++hi)
        if (hi < 0xD8 || hi > 0xDF) high_bytes.push_back(hi);  // D800-DFFF: surrogates
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // At most 100 entries per block (the CMap format's limit).
    for (std::size_t at = 0; at < high_bytes.size(); at += 100) {
        const std::size_t n = std::min<std::size_t>(100, high_bytes.size() - at);
        cmap += std::to_string(n) + " beginbfrange\n";
        for (std::size_t i = at; i < at + n; ++i) {
            char line[32];
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high_bytes[i],
                          high_bytes[i], high_bytes[i]);
            cmap += line;
        }
        cmap += "endbfrange\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

}  // namespace td::reports
