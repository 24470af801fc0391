#pragma once
// libharu 2.3 loads TrueType fonts only from a file, so each render's font subset goes through
// a short-lived file in a directory only this process can read.
#include <atomic>
#include <filesystem>
#include <string_view>
#include <utility>

#include "td/platform/private_files.h"

namespace td::reports {

// A file removed when it goes out of scope.
class TempFile {
  public:
    explicit TempFile(std::filesystem::path path) : path_(std::move(path)) {}
    ~TempFile();
    TempFile(TempFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    TempFile& operator=(TempFile&&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

class TempFontDir {
  public:
    // Creates a fresh mode-0700 directory under the system temp directory (TMPDIR).
    TempFontDir();
    TempFontDir(const TempFontDir&) = delete;
    TempFontDir& operator=(const TempFontDir&) = delete;

    // Writes the bytes to a new, uniquely named file in the directory.
    TempFile write(std::string_view bytes);
    const std::filesystem::path& path() const { return dir_.path(); }

  private:
    platform::PrivateTempDir dir_;
    std::atomic<unsigned long> counter_{0};
};

}  // namespace td::reports
