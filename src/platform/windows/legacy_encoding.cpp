// CP932 through Windows' code page 932, one character at a time so that the one it refuses is
// named (WC_NO_BEST_FIT_CHARS: no look-alike in place of a character it lacks).
#include "td/platform/legacy_encoding.h"

#include <windows.h>

#include "td/core/utf8.h"
#include "wide.h"

namespace td::platform {

std::string to_cp932(std::string_view utf8) {
    std::string out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const std::size_t start = i;
        const char32_t cp = core::decode_at(utf8, i);
        const std::wstring wide = windows::to_wide(utf8.substr(start, i - start));
        char buf[8];
        BOOL used_default = FALSE;
        const int n = WideCharToMultiByte(932, WC_NO_BEST_FIT_CHARS, wide.data(),
                                          static_cast<int>(wide.size()), buf, sizeof buf, nullptr,
                                          &used_default);
        if (n <= 0 || used_default) throw NotInCp932(cp, start);
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace td::platform
