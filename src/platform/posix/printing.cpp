// CUPS implementation of td/platform/printing.h: `lp`, its answer read from a pipe.
#include "td/platform/printing.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace td::platform {

PrintOutcome print_pdf(const std::filesystem::path& pdf, const std::string& printer) {
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0)
        return {false, std::string("cannot start lp: ") + std::strerror(errno)};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::string file = pdf.string();
    std::array<char*, 6> argv{const_cast<char*>("lp"), const_cast<char*>("-d"),
                              const_cast<char*>(printer.c_str()), const_cast<char*>("--"),
                              file.data(), nullptr};
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, "lp", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (spawned != 0) {
        ::close(pipe_fds[0]);
        return {false, "the print command lp could not be started (is CUPS installed?): " +
                           std::string(std::strerror(spawned))};
    }
    std::string said;
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        said.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    for (char& c : said)
        if (c == '\n') c = ' ';
    return {WIFEXITED(status) && WEXITSTATUS(status) == 0, said};
}

}  // namespace td::platform
