#include "td/core/kana.h"

#include <array>

#include "td/core/utf8.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

// U+FF61..U+FF9F in order: the full-width form of each half-width katakana or mark.
constexpr std::array<char16_t, 63> kHalfToFull = {
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9,
    0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB,
    0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1,
    0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5,
    0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9,
    0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0x309B, 0x309C};

constexpr char32_t kHalfVoiced = 0xFF9E;      // ﾞ
constexpr char32_t kHalfSemiVoiced = 0xFF9F;  // ﾟ

bool takes_voiced_mark(char32_t full) {
    return (full >= 0x30AB && full <= 0x30C8 && full != 0x30C3) ||          // カ..ト (not ッ)
           (full >= 0x30CF && full <= 0x30DB && (full - 0x30CF) % 3 == 0);  // ハヒフヘホ
}

bool takes_semi_voiced_mark(char32_t full) {
    return full >= 0x30CF && full <= 0x30DB && (full - 0x30CF) % 3 == 0;
}

// The precomposed kana for a base and a following half-width mark, or 0 when there is none.
char32_t compose(char32_t full, char32_t mark) {
    if (mark == kHalfVoiced) {
        if (full == 0x30A6) return 0x30F4;  // ウ゛ → ヴ
        if (takes_voiced_mark(full)) return full + 1;
    }
    if (mark == kHalfSemiVoiced && takes_semi_voiced_mark(full)) return full + 2;
    return 0;
}

}  // namespace

std::string fold_width(std::string_view text) {
    if (!is_valid_utf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = decode_at(text, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            cp -= 0xFEE0;
        } else if (cp == 0x3000) {
            cp = U' ';
        } else if (cp >= 0xFF61 && cp <= 0xFF9F) {
            cp = kHalfToFull[cp - 0xFF61];
            if (i < text.size()) {
                std::size_t j = i;
                if (const char32_t composed = compose(cp, decode_at(text, j))) {
                    cp = composed;
                    i = j;
                }
            }
        }
        append_utf8(out, cp);
    }
    return out;
}

std::string normalize_kana(std::string_view text) {
    const std::string folded = fold_width(text);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
        char32_t cp = decode_at(folded, i);
        if (cp >= 0x3041 && cp <= 0x3096) cp += 0x60;  // ぁ..ゖ → ァ..ヶ
        append_utf8(out, cp);
    }
    return out;
}

}  // namespace td::core
