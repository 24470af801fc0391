#include <windows.h>

#include <vector>

#include "td/platform/utf8_path.h"

namespace td::platform {

std::string path_for_c_library(const std::filesystem::path& path) {
    const std::wstring& wide = path.native();
    bool ascii = true;
    for (wchar_t c : wide) ascii = ascii && c < 0x80;
    if (ascii) return std::string(wide.begin(), wide.end());
    const DWORD n = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (n > 0) {
        std::vector<wchar_t> buffer(n);
        if (GetShortPathNameW(wide.c_str(), buffer.data(), n) > 0) {
            const std::wstring short_path(buffer.data());
            bool short_ascii = true;
            for (wchar_t c : short_path) short_ascii = short_ascii && c < 0x80;
            if (short_ascii) return std::string(short_path.begin(), short_path.end());
        }
    }
    return utf8_of(path);
}

}  // namespace td::platform
