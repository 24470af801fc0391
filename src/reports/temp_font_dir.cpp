#include "temp_font_dir.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "td/core/outcome.h"

namespace td::reports {

TempFile::~TempFile() {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

TempFontDir::TempFontDir() {
    std::error_code ec;
    auto base = std::filesystem::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string pattern = (base / "tokendesk-fonts-XXXXXX").string();
    // mkdtemp creates the directory with mode 0700: other users cannot read the subsets.
    if (!::mkdtemp(pattern.data()))
        throw core::Fault("cannot create a temporary directory under " + base.string() + ": " +
                          std::strerror(errno));
    dir_ = pattern;
}

TempFontDir::~TempFontDir() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

TempFile TempFontDir::write(std::string_view bytes) {
    const auto path = dir_ / ("subset-" + std::to_string(++counter_) + ".ttf");
    // O_EXCL: never reuse or follow a file someone else placed there.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw core::Fault("cannot create " + path.string() + ": " + std::strerror(errno));
    TempFile file(path);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            throw core::Fault("cannot write " + path.string() + ": " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0)
        throw core::Fault("cannot write " + path.string() + ": " + std::strerror(errno));
    return file;
}

}  // namespace td::reports
