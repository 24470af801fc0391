#include "line_breaker.h"

#include "font_face.h"

namespace td::reports {
namespace {

constexpr double kMmPerPoint = 25.4 / 72.0;

bool is_cjk(char32_t c) {
    return c >= 0x2E80;
}

// Characters a line may not start with (gyōtō kinsoku), lightly: closing brackets and
// punctuation, small kana and the prolonged sound mark.
bool no_line_start(char32_t c) {
    static constexpr std::u32string_view kSet =
        U"、。，．・：；？！ー―）〕］｝〉》」』】〙〗〟’”ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッ"
        U"ャュョヮヵヶ"
        U",.:;!?)]}%";
    return kSet.find(c) != std::u32string_view::npos;
}

// Characters a line may not end with (gyōmatsu kinsoku): opening brackets.
bool no_line_end(char32_t c) {
    static constexpr std::u32string_view kSet = U"（〔［｛〈《「『【〘〖〝‘“([{";
    return kSet.find(c) != std::u32string_view::npos;
}

// Punctuation that may hang into the margin rather than start the next line (burasagari).
bool may_hang(char32_t c) {
    return c == U'、' || c == U'。' || c == U'，' || c == U'．';
}

bool can_break_between(char32_t before, char32_t after) {
    if (no_line_start(after) || no_line_end(before)) return false;
    if (before == U' ') return true;
    return is_cjk(before) || is_cjk(after);
}

double advance_mm(const FontFace& font, char32_t c, double size) {
    return font.advance(c) / 1000.0 * size * kMmPerPoint;
}

bool is_digit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

// Length of a list marker at the start of a paragraph: digits and a dot or bracket, or a
// reference mark, then any spaces; 0 when there is none.
std::size_t marker_length(std::u32string_view p) {
    std::size_t i = 0;
    while (i < p.size() && i < 3 && is_digit(p[i])) ++i;
    if (i > 0) {
        if (i >= p.size() || (p[i] != U'.' && p[i] != U'．' && p[i] != U')' && p[i] != U'）'))
            return 0;
        ++i;
    } else if (!p.empty() && (p[0] == U'※' || p[0] == U'・' || p[0] == U'•')) {
        i = 1;
    } else {
        return 0;
    }
    while (i < p.size() && (p[i] == U' ' || p[i] == U'　')) ++i;
    return i;
}

}  // namespace

double text_width(std::u32string_view text, const FontFace& font, double size) {
    int units = 0;
    for (char32_t c : text) units += font.advance(c);
    return units / 1000.0 * size * kMmPerPoint;
}

std::vector<WrappedLine> wrap_text(std::u32string_view text, const FontFace& font,
                                   const WrapSpec& spec) {
    std::vector<WrappedLine> lines;
    constexpr double kEpsilon = 1e-6;
    std::size_t para_begin = 0;
    while (para_begin <= text.size()) {
        auto para_end = text.find(U'\n', para_begin);
        if (para_end == std::u32string_view::npos) para_end = text.size();
        std::size_t start = para_begin;
        bool first = true;
        double hang = spec.hang;
        if (spec.hang_markers) {
            const auto paragraph = text.substr(para_begin, para_end - para_begin);
            hang = text_width(paragraph.substr(0, marker_length(paragraph)), font, spec.size);
        }
        do {
            const double offset = first ? spec.indent : hang;
            const double available = spec.width - offset;
            double width = 0;
            std::size_t i = start;
            std::size_t last_break = 0;
            for (; i < para_end; ++i) {
                if (i > start && can_break_between(text[i - 1], text[i])) last_break = i;
                const double w = advance_mm(font, text[i], spec.size);
                if (i > start && width + w > available + kEpsilon) break;
                width += w;
            }
            std::size_t end = i;
            if (i < para_end) {
                if (may_hang(text[i]))
                    end = i + 1;
                else if (last_break > start)
                    end = last_break;
            }
            std::size_t trimmed = end;
            while (trimmed > start && text[trimmed - 1] == U' ') --trimmed;
            WrappedLine line;
            line.text = std::u32string(text.substr(start, trimmed - start));
            line.width = text_width(line.text, font, spec.size);
            line.offset = offset;
            lines.push_back(std::move(line));
            start = end;
            while (start < para_end && text[start] == U' ') ++start;
            first = false;
        } while (start < para_end);
        para_begin = para_end + 1;
    }
    return lines;
}

}  // namespace td::reports
