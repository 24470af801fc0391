#include "td/platform/utf8_path.h"

namespace td::platform {

std::string path_for_c_library(const std::filesystem::path& path) {
    return path.native();
}

}  // namespace td::platform
