#include "gaiji_table.h"

#include <fstream>
#include <vector>

#include "font_face.h"
#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "utf8.h"

namespace td::reports {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        parts.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) return parts;
        start = tab + 1;
    }
}

std::optional<char32_t> parse_code_point(const std::string& text) {
    if (text.size() < 6 || text.size() > 8 || text.compare(0, 2, "U+") != 0) return std::nullopt;
    char32_t cp = 0;
    for (std::size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        cp = cp * 16 + static_cast<char32_t>(digit);
    }
    if (cp > 0x10FFFF) return std::nullopt;
    return cp;
}

}  // namespace

GaijiTable GaijiTable::load(const std::filesystem::path& file, const FontFace& font) {
    GaijiTable table;
    std::ifstream in(file, std::ios::binary);
    if (!in) return table;  // no registered substitutes is a valid configuration
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const auto fail = [&](const std::string& why) {
            return core::Fault(platform::utf8_of(file) + " line " + std::to_string(number) + ": " +
                               why);
        };
        const auto parts = split_tabs(line);
        if (parts.size() < 3)
            throw fail("expected U+XXXX<TAB>character<TAB>substitute[<TAB>comment]");
        const auto cp = parse_code_point(parts[0]);
        if (!cp) throw fail("'" + parts[0] + "' is not a code point like U+20BB7");
        const auto character = decode_utf8(parts[1]);
        if (!character || character->size() != 1 || (*character)[0] != *cp)
            throw fail("the second column must be the character " + parts[0] + " itself");
        if (!core::may_be_printed(*cp))
            throw fail(parts[0] +
                       " can never be printed (a control, format or emoji character):"
                       " no substitute may be registered for it");
        const auto substitute = decode_utf8(parts[2]);
        if (!substitute || substitute->empty()) throw fail("the substitute is empty or not UTF-8");
        for (char32_t s : *substitute)
            if (!font.covers(s))
                throw fail("the substitute " + code_point_name(s) + " cannot be printed either");
        if (!table.entries_.emplace(*cp, parts[2]).second)
            throw fail(parts[0] + " is listed twice");
    }
    return table;
}

std::optional<std::string> GaijiTable::substitute(char32_t cp) const {
    const auto it = entries_.find(cp);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
}

}  // namespace td::reports
