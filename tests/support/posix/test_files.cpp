#include "test_files.h"

#include <sys/stat.h>

namespace td::test {

void let_everyone_read(const std::filesystem::path& path) {
    ::chmod(path.c_str(), 0644);
}

bool only_owner_may_use(const std::filesystem::path& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && (st.st_mode & 077) == 0;
}

}  // namespace td::test
