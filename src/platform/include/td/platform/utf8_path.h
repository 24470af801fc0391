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

}  // namespace td::platform
