#include "td/crypto/key_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "hex.h"
#include "hkdf.h"
#include "td/core/outcome.h"
#include "td/crypto/random.h"

namespace td::crypto {

namespace {

constexpr std::string_view kHeader = "tokendesk-key-v1\n";
constexpr std::size_t kMasterKeySize = 32;
constexpr std::size_t kHexSize = 2 * kMasterKeySize;
// Header, hex and newline; anything longer is not a key file of ours.
constexpr std::size_t kMaxFileSize = 256;

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw core::Fault("key file " + path.string() + ": " + what);
}

[[noreturn]] void fail_errno(const std::filesystem::path& path, const std::string& what) {
    fail(path, what + ": " + std::strerror(errno));
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
    int release() { return std::exchange(fd_, -1); }

  private:
    int fd_;
};

core::SecretBytes parse(const std::filesystem::path& path, std::string_view text) {
    std::string_view rest = text;
    if (rest.substr(0, kHeader.size()) != kHeader)
        fail(path, "malformed: the first line is not 'tokendesk-key-v1'");
    rest.remove_prefix(kHeader.size());
    if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
    auto key = rest.size() == kHexSize ? detail::from_lower_hex(rest) : std::nullopt;
    if (!key) fail(path, "malformed: the second line is not 64 lower-case hex digits");
    return std::move(*key);
}

core::SecretBytes read_existing(const std::filesystem::path& path, int raw_fd) {
    Fd fd(raw_fd);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) fail_errno(path, "cannot stat");
    if (!S_ISREG(st.st_mode)) fail(path, "not a regular file");
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        fail(path, std::string("permissions ") + mode +
                       " let group or others access it; allow the owner only (chmod 600)");
    }

    core::SecretBytes buffer(kMaxFileSize + 1);
    std::size_t filled = 0;
    while (filled < buffer.size()) {
        const ssize_t n = ::read(fd.get(), buffer.data().data() + filled, buffer.size() - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail_errno(path, "cannot read");
        if (n == 0) break;
        filled += static_cast<std::size_t>(n);
    }
    if (filled > kMaxFileSize) fail(path, "malformed: too long for a key file");
    const auto bytes = buffer.view();
    return parse(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), filled));
}

void write_all(const std::filesystem::path& path, int fd, std::span<const std::uint8_t> data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail_errno(path, "cannot write");
        data = data.subspan(static_cast<std::size_t>(n));
    }
}

core::SecretBytes create_new(const std::filesystem::path& path, int raw_fd) {
    Fd fd(raw_fd);
    core::SecretBytes key(kMasterKeySize);
    OpenSslRandom().fill(key.data());

    core::SecretBytes text(kHeader.size() + kHexSize + 1);
    auto out = text.data();
    std::copy(kHeader.begin(), kHeader.end(), out.begin());
    detail::to_hex(key.view(),
                   std::span(reinterpret_cast<char*>(out.data()) + kHeader.size(), kHexSize));
    out.back() = '\n';

    try {
        write_all(path, fd.get(), text.view());
        if (::fsync(fd.get()) != 0) fail_errno(path, "cannot sync");
        if (::close(fd.release()) != 0) fail_errno(path, "cannot close");
    } catch (...) {
        // A half-written key file would be refused on the next start; better none at all.
        ::unlink(path.c_str());
        throw;
    }
    return key;
}

}  // namespace

KeyFile::KeyFile(std::filesystem::path path, const core::SecretBytes& master)
    : path_(std::move(path)),
      seed_sealing_key_(detail::hkdf_sha256(master.view(), "tokendesk seed sealing v1", 32)),
      audit_chain_key_(detail::hkdf_sha256(master.view(), "tokendesk audit chain v1", 32)),
      // 128 bits: two different keys never share one by chance. A key file of this format
      // holds key 1.
      check_{1, detail::to_hex(detail::hkdf_sha256(master.view(), "tokendesk key check v1", 16)
                                   .view())} {}

KeyFile KeyFile::open(const std::filesystem::path& path) {
    const int existing = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (existing >= 0) return KeyFile(path, read_existing(path, existing));
    if (errno == ENOENT) throw KeyFileMissing("key file " + path.string() + " does not exist");
    fail_errno(path, "cannot open");
}

KeyFile KeyFile::open_or_create(const std::filesystem::path& path) {
    if (path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) fail(path, "cannot create its directory: " + error.message());
    }
    // O_EXCL with mode 0600: the file never exists with wider permissions, not even briefly.
    // If another process creates it between our two calls, we read theirs.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int created = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (created >= 0) return KeyFile(path, create_new(path, created));
        if (errno != EEXIST) fail_errno(path, "cannot create");
        const int existing = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (existing >= 0) return KeyFile(path, read_existing(path, existing));
        if (errno != ENOENT) fail_errno(path, "cannot open");
    }
    fail(path, "appeared and disappeared while opening it");
}

KeyFile KeyFile::from_master_key(const core::SecretBytes& master) {
    if (master.size() != kMasterKeySize) throw core::Fault("master key must be 32 bytes");
    return KeyFile({}, master);
}

std::filesystem::path KeyFile::default_path() {
    // The XDG spec says to ignore a relative XDG_DATA_HOME.
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg != nullptr && xdg[0] == '/')
        return std::filesystem::path(xdg) / "tokendesk" / "tokendesk.key";
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] == '\0')
        throw core::Fault("cannot locate the key file: neither XDG_DATA_HOME nor HOME is set");
    return std::filesystem::path(home) / ".local" / "share" / "tokendesk" / "tokendesk.key";
}

}  // namespace td::crypto
