#pragma once
// A very small file system mounted for one test, to make "disk full" and "read-only" happen
// for real. Mounting needs root (or CAP_SYS_ADMIN); where it is not possible the test skips.
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

namespace td::test {

class TinyFilesystem {
  public:
    // tmpfs of `kilobytes` at `dir` (created), read-only when asked.
    TinyFilesystem(const std::filesystem::path& dir, int kilobytes, bool read_only = false)
        : dir_(dir) {
        std::filesystem::create_directories(dir_);
        const std::string options = "size=" + std::to_string(kilobytes) + "k,mode=0755";
        unsigned long flags = MS_NOSUID | MS_NODEV | MS_NOEXEC;
        if (read_only) flags |= MS_RDONLY;
        mounted_ = ::mount("tokendesk-test", dir_.c_str(), "tmpfs", flags, options.c_str()) == 0;
        if (!mounted_) why_ = std::strerror(errno);
    }
    ~TinyFilesystem() {
        if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
    }
    TinyFilesystem(const TinyFilesystem&) = delete;
    TinyFilesystem& operator=(const TinyFilesystem&) = delete;

    bool mounted() const { return mounted_; }
    const std::string& why_not() const { return why_; }

  private:
    std::filesystem::path dir_;
    bool mounted_ = false;
    std::string why_;
};

}  // namespace td::test
