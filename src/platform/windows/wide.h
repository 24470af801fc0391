#pragma once
// UTF-8 (TokenDesk's text everywhere) to and from UTF-16 (Windows' own), for the Windows files
// of this folder only.
#include <string>
#include <string_view>

namespace td::platform::windows {

std::wstring to_wide(std::string_view utf8);
std::string to_utf8(std::wstring_view wide);

// The system's message for a Windows error code, in UTF-8 and without the trailing newline.
std::string error_text(unsigned long code);

}  // namespace td::platform::windows
