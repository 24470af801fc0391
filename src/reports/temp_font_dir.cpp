#include "temp_font_dir.h"

#include <span>
#include <string>
#include <system_error>

namespace td::reports {
namespace {

std::filesystem::path temp_base() {
    std::error_code ec;
    auto base = std::filesystem::temp_directory_path(ec);
    return ec ? std::filesystem::path("/tmp") : base;
}

}  // namespace

TempFile::~TempFile() {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

// A fresh directory only this user can enter, removed with the renderer.
TempFontDir::TempFontDir() : dir_(temp_base(), "tokendesk-fonts-") {}

TempFile TempFontDir::write(std::string_view bytes) {
    const auto path = dir_.path() / ("subset-" + std::to_string(++counter_) + ".ttf");
    // Created exclusively, never through a link someone placed there.
    platform::write_new_private_file(
        path, std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    return TempFile(path);
}

}  // namespace td::reports
