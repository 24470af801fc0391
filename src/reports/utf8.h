#pragma once
// UTF-8 to code points and back: templates, field values and gaiji.tsv are UTF-8.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace td::reports {

// nullopt when the text is not well-formed UTF-8 (overlongs and surrogates included).
std::optional<std::u32string> decode_utf8(std::string_view text);
std::string encode_utf8(char32_t code_point);
std::string encode_utf8(std::u32string_view text);
// "U+20BB7" style, for messages.
std::string code_point_name(char32_t code_point);

}  // namespace td::reports
