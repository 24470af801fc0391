// POSIX (Debian) implementation of td/platform/private_files.h.
#include "td/platform/private_files.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include "bounded_read.h"
#include "td/core/outcome.h"

namespace td::platform {
namespace fs = std::filesystem;
namespace {

constexpr mode_t kOwnerFile = 0600;
constexpr mode_t kEveryoneReadsFile = 0644;
constexpr mode_t kOwnerDir = 0700;

[[noreturn]] void fail(const fs::path& path, const std::string& what, int err) {
    throw core::Fault("cannot " + what + " " + path.string() + ": " + std::strerror(err));
}

// Closes the descriptor on every path out.
class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    // Closes now: a close that fails may be the first report of a failed write (NFS, quota).
    int close() {
        const int r = ::close(fd_);
        fd_ = -1;
        return r;
    }

  private:
    int fd_;
};

// Returns 0 or the errno of the write that failed.
int write_all(int fd, std::span<const std::uint8_t> bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) return EIO;
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

// The rights a replacement gets: owner only for a new file; the owner's and group's rights of
// the file it replaces, never others'.
mode_t replacement_mode(const fs::path& target, Readers readers) {
    struct stat st {};
    const bool exists = ::lstat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    if (readers == Readers::everyone)
        return exists ? (st.st_mode & 0774) | S_IRUSR | S_IWUSR : kEveryoneReadsFile;
    return exists ? (st.st_mode & 0770) | S_IRUSR | S_IWUSR : kOwnerFile;
}

void sync_directory(const fs::path& dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) fail(dir, "open the directory", errno);
    // Some file systems cannot flush a directory (EINVAL): nothing more can be done there.
    if (::fsync(fd.get()) != 0 && errno != EINVAL) fail(dir, "flush the directory", errno);
}

}  // namespace

void replace_file(const fs::path& target, std::span<const std::uint8_t> bytes, Readers readers) {
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    // mkostemp: O_CREAT | O_EXCL, so neither a file nor a link someone placed there is used.
    Fd fd(::mkostemp(temp.data(), O_CLOEXEC));
    if (fd.get() < 0) fail(target, "create a temporary file beside", errno);
    auto fail_removing = [&](const std::string& what, int err) {
        ::unlink(temp.c_str());
        fail(target, what, err);
    };
    // Exact rights whatever the umask.
    if (::fchmod(fd.get(), replacement_mode(target, readers)) != 0)
        fail_removing("set the rights of", errno);
    if (const int err = write_all(fd.get(), bytes)) fail_removing("write", err);
    if (::fsync(fd.get()) != 0) fail_removing("flush", errno);
    if (fd.close() != 0) fail_removing("write", errno);
    if (::rename(temp.c_str(), target.c_str()) != 0) fail_removing("replace", errno);
    sync_directory(dir);
}

void replace_file(const fs::path& target, std::string_view text, Readers readers) {
    replace_file(target,
                 std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
                 readers);
}

bool create_private_file(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kOwnerFile));
    if (fd.get() < 0) {
        if (errno == EEXIST) return false;
        fail(path, "create", errno);
    }
    if (::fchmod(fd.get(), kOwnerFile) != 0) fail(path, "set the rights of", errno);
    return true;
}

void write_new_private_file(const fs::path& path, std::span<const std::uint8_t> bytes,
                            Flush flush) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kOwnerFile));
    if (fd.get() < 0) fail(path, "create", errno);
    auto fail_removing = [&](const std::string& what, int err) {
        ::unlink(path.c_str());
        fail(path, what, err);
    };
    if (::fchmod(fd.get(), kOwnerFile) != 0) fail_removing("set the rights of", errno);
    if (const int err = write_all(fd.get(), bytes)) fail_removing("write", err);
    if (flush == Flush::yes && ::fsync(fd.get()) != 0) fail_removing("flush", errno);
    if (fd.close() != 0) fail_removing("write", errno);
}

std::optional<core::SecretBytes> read_private_file(const fs::path& path, std::size_t max_size) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return std::nullopt;
        throw core::Fault(std::string("cannot open: ") + std::strerror(errno));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        throw core::Fault(std::string("cannot stat: ") + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) throw core::Fault("not a regular file");
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        throw core::Fault(std::string("permissions ") + mode +
                          " let group or others access it; allow the owner only (chmod 600)");
    }
    return detail::read_at_most(max_size, [&](std::span<std::uint8_t> into) {
        for (;;) {
            const ssize_t n = ::read(fd.get(), into.data(), into.size());
            if (n >= 0) return static_cast<std::size_t>(n);
            if (errno != EINTR)
                throw core::Fault(std::string("cannot read: ") + std::strerror(errno));
        }
    });
}

void create_private_directories(const fs::path& path) {
    fs::path walked;
    for (const auto& part : path) {
        walked /= part;
        if (::mkdir(walked.c_str(), kOwnerDir) != 0 && errno != EEXIST)
            fail(walked, "create the directory", errno);
    }
    if (!fs::is_directory(path)) fail(path, "use the directory", ENOTDIR);
}

fs::path user_temp_directory(std::string_view name) {
    fs::path dir;
    if (const char* run = std::getenv("XDG_RUNTIME_DIR"); run && fs::path(run).is_absolute())
        dir = fs::path(run) / name;
    else
        dir = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::geteuid()));
    if (::mkdir(dir.c_str(), kOwnerDir) != 0 && errno != EEXIST)
        fail(dir, "create the directory", errno);
    // O_NOFOLLOW | O_DIRECTORY: a link or a file someone else placed there is refused, and the
    // checks below look at what was opened, not at a name that could be swapped meanwhile.
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) fail(dir, "use the private directory (a link or not a directory?)", errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) fail(dir, "inspect", errno);
    if (st.st_uid != ::geteuid())
        throw core::Fault("the temporary directory " + dir.string() +
                          " belongs to another user; remove it or set TMPDIR");
    if ((st.st_mode & 077) != 0 && ::fchmod(fd.get(), kOwnerDir) != 0)
        fail(dir, "narrow the rights of", errno);
    return dir;
}

PrivateTempDir::PrivateTempDir(const fs::path& parent, std::string_view prefix) {
    std::string pattern = (parent / (std::string(prefix) + "XXXXXX")).string();
    // mkdtemp creates a new directory with mode 0700.
    if (!::mkdtemp(pattern.data())) fail(parent, "create a temporary directory under", errno);
    path_ = pattern;
}

}  // namespace td::platform
