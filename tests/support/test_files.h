#pragma once
// File rights in tests, the same way on Debian (POSIX modes) and Windows (access lists).
#include <filesystem>

namespace td::test {

// Lets every account on the computer read `path` (Debian: mode 0644; Windows: an entry that
// allows Everyone to read).
void let_everyone_read(const std::filesystem::path& path);

// True when no account but the owner (and SYSTEM/Administrators on Windows) may use `path`.
bool only_owner_may_use(const std::filesystem::path& path);

}  // namespace td::test
