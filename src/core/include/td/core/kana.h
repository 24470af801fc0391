#pragma once
// Width folding for what tellers type and search (UI.md: half-width / full-width). The subset
// of Unicode NFKC that Japanese counter input needs, without changing meaning: half-width
// katakana become full-width (ｶﾞ → ガ, one character), full-width ASCII becomes ASCII (Ａ１ → A1),
// the ideographic space a space. Everything else, including circled digits (①) that NFKC would
// turn into plain digits, is left for the field's rule to accept or refuse.
#include <string>
#include <string_view>

namespace td::core {

// Width folding only; `text` must be valid UTF-8 (invalid input is returned unchanged).
std::string fold_width(std::string_view text);

// A kana field (会社名カナ): width folding, then hiragana written as katakana (さくら → サクラ),
// since the kana of a name is kept in katakana.
std::string normalize_kana(std::string_view text);

}  // namespace td::core
