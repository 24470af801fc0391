#pragma once
// Text for older Japanese systems: UTF-8 to CP932 (Shift_JIS as Windows writes it). Debian
// converts with iconv, Windows with its own code page 932; both refuse what CP932 cannot hold.
#include <cstddef>
#include <string>
#include <string_view>

#include "td/core/outcome.h"

namespace td::platform {

// A character CP932 has no code for (a kanji outside JIS X 0208 and its NEC/IBM extensions,
// an emoji, a WAVE DASH that CP932 spells as FULLWIDTH TILDE).
class NotInCp932 : public core::Fault {
  public:
    NotInCp932(char32_t code_point, std::size_t offset);
    char32_t code_point() const { return code_point_; }
    // Where it is in the UTF-8 text, in bytes.
    std::size_t offset() const { return offset_; }

  private:
    char32_t code_point_;
    std::size_t offset_;
};

// `utf8` (valid UTF-8) in CP932. Throws NotInCp932 for the first character it cannot hold.
std::string to_cp932(std::string_view utf8);

}  // namespace td::platform
