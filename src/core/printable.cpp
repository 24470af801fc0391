#include "td/core/printable.h"

#include <algorithm>
#include <iterator>

#include "td/core/gaiji.h"
#include "td/core/utf8.h"

namespace td::core {
namespace {

struct Range {
    char32_t first;
    char32_t last;
};

template <std::size_t N>
bool in(const Range (&ranges)[N], char32_t cp) {
    return std::any_of(std::begin(ranges), std::end(ranges),
                       [cp](const Range& r) { return cp >= r.first && cp <= r.last; });
}

// Unicode 15 general category Cf, plus characters that show nothing by design (combining
// grapheme joiner, Hangul fillers, variation selectors) and the line and paragraph separators.
constexpr Range kInvisible[] = {
    {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x0600, 0x0605},   {0x061C, 0x061C},
    {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},
    {0x115F, 0x1160},   {0x17B4, 0x17B5},   {0x180B, 0x180F},   {0x200B, 0x200F},
    {0x2028, 0x202E},   {0x2060, 0x206F},   {0x3164, 0x3164},   {0xFE00, 0xFE0F},
    {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFFB},   {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
    {0xE0000, 0xE0FFF},  // tags and variation selectors supplement
};

// Emoji: the Basic Multilingual Plane characters whose default presentation is emoji (UTS #51
// Emoji_Presentation), the combining keycap, and the pictographic blocks above it. Symbols a
// Japanese name may hold in text form (★ ☆ ♪ 〒 ㊤) are not here: the font decides those.
constexpr Range kPictograph[] = {
    {0x20E3, 0x20E3}, {0x231A, 0x231B}, {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615},   {0x2648, 0x2653},
    {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},   {0x26AA, 0x26AB},
    {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE},   {0x26D4, 0x26D4},
    {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},   {0x26FA, 0x26FA},
    {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755},   {0x2757, 0x2757},
    {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x1F000, 0x1FBFF},  // mahjong … symbols for legacy
                                                             // computing, emoji and modifiers
                                                             // included
};

constexpr Range kPrivateUse[] = {{0xE000, 0xF8FF}, {0xF0000, 0x10FFFF}};

}  // namespace

CharacterClass classify_character(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return CharacterClass::control;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
        (cp & 0xFFFE) == 0xFFFE || cp == 0xFFFC || cp == 0xFFFD)
        return CharacterClass::noncharacter;
    if (in(kInvisible, cp)) return CharacterClass::invisible;
    if (in(kPictograph, cp)) return CharacterClass::pictograph;
    if (in(kPrivateUse, cp)) return CharacterClass::private_use;
    return CharacterClass::printable;
}

std::string describe_character(char32_t cp) {
    // Only a pictograph is shown as itself: an invisible or control character would show
    // nothing (or reorder the message), a private-use one shows whatever this PC's font has.
    if (classify_character(cp) != CharacterClass::pictograph) return code_point_label(cp);
    std::string out;
    append_utf8(out, cp);
    return out + " (" + code_point_label(cp) + ")";
}

}  // namespace td::core
