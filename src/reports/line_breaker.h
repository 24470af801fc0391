#pragma once
// Breaking text into lines the Japanese way: between any two CJK characters, at spaces in Latin
// text, never before closing punctuation (kinsoku: 、。」 …, which may hang past the margin) and
// never after opening brackets.
#include <string>
#include <string_view>
#include <vector>

namespace td::reports {

class FontFace;

struct WrappedLine {
    std::u32string text;
    double width = 0;   // mm
    double offset = 0;  // mm from the box's left edge (indent or hang), before alignment
};

struct WrapSpec {
    double width = 0;    // mm available
    double size = 10.5;  // points
    double indent = 0;   // mm, first line of each paragraph ('\n' starts a paragraph)
    double hang = 0;     // mm, the other lines
    // Paragraphs starting with a list marker ("１．", "2. ", "※ ", "・") hang their other
    // lines under the text after the marker instead.
    bool hang_markers = false;
};

double text_width(std::u32string_view text, const FontFace& font, double size);
std::vector<WrappedLine> wrap_text(std::u32string_view text, const FontFace& font,
                                   const WrapSpec& spec);

}  // namespace td::reports
