// What every platform does the same with temporary directories: remove one with its files, and
// sweep what an earlier run left behind.
#include <system_error>

#include "td/platform/private_files.h"
#include "td/platform/utf8_path.h"

namespace td::platform {
namespace fs = std::filesystem;

PrivateTempDir::~PrivateTempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

void remove_stale_directories(const fs::path& parent, std::string_view prefix,
                              std::chrono::seconds age) {
    std::error_code ec;
    const auto limit = fs::file_time_type::clock::now() - age;
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        if (!utf8_of(entry.path().filename()).starts_with(prefix)) continue;
        if (!entry.is_directory(ec) || entry.is_symlink(ec)) continue;
        if (entry.last_write_time(ec) > limit || ec) continue;
        fs::remove_all(entry.path(), ec);
    }
}

}  // namespace td::platform
