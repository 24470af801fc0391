#pragma once
// Which characters can ever be printed: the one rule shared by entry checks (check_text) and
// the document renderer (which asks it before asking its font). A character that passes may
// still need a registered substitute (外字 such as 𠮷, outside the font); one that fails can
// never be printed, whatever the font or the substitute table.
#include <string>

namespace td::core {

enum class CharacterClass {
    printable,
    control,       // C0 and C1 controls, DEL
    invisible,     // format characters (bidi controls, zero-width, BOM), line and paragraph
                   // separators, variation selectors, fillers: nothing to see, or they
                   // reorder or join what is around them
    pictograph,    // emoji and pictographs, regional indicators, emoji modifiers
    private_use,   // no agreed glyph: what it shows depends on the PC that typed it
    noncharacter,  // noncharacters, surrogates, U+FFFC/U+FFFD, beyond U+10FFFF
};

CharacterClass classify_character(char32_t cp);

// True when the character is printable in principle (font or registered substitute permitting).
inline bool may_be_printed(char32_t cp) {
    return classify_character(cp) == CharacterClass::printable;
}

// How a refusal shows the character: "😀 (U+1F600)" for a visible one, "U+202E" otherwise.
std::string describe_character(char32_t cp);

}  // namespace td::core
