#pragma once
// Paths to and from TokenDesk's UTF-8 text. std::filesystem's own narrow conversions use the
// system's code page on Windows (a name like 窓口 or 𠮷野 would be garbled or throw), so every
// path made from, or shown as, a std::string goes through these two; on Debian they change
// nothing.
#include <filesystem>
#include <string>
#include <string_view>

namespace td::platform {

inline std::filesystem::path path_from_utf8(std::string_view text) {
    return std::filesystem::path(
        std::u8string_view(reinterpret_cast<const char8_t*>(text.data()), text.size()));
}

inline std::string utf8_of(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

// The path as a C library that opens files with fopen() takes it (libharu). Debian: the path
// itself. Windows: the path unchanged when it is ASCII, else its short (8.3) form, which is
// ASCII, else UTF-8 (the programs' manifest makes UTF-8 their code page).
std::string path_for_c_library(const std::filesystem::path& path);

}  // namespace td::platform
