// CUPS implementation of td/platform/printing.h: `lp`, its answer read from a pipe.
#include "td/platform/printing.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

extern char** environ;

namespace td::platform {

namespace {

struct Ran {
    bool started = false;
    int exit_status = -1;
    std::string output;  // standard output and error together
    std::string why_not;
};

// Runs `argv` (found on PATH) with no input and waits for it.
Ran run(std::vector<std::string> argv) {
    Ran ran;
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
        ran.why_not = std::strerror(errno);
        return ran;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (spawned != 0) {
        ::close(pipe_fds[0]);
        ran.why_not = std::strerror(spawned);
        return ran;
    }
    ran.started = true;
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        ran.output.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    ran.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return ran;
}

}  // namespace

PrintOutcome print_pdf(const std::filesystem::path& pdf, const std::string& printer) {
    Ran ran = run({"lp", "-d", printer, "--", pdf.string()});
    if (!ran.started)
        return {false,
                "the print command lp could not be started (is CUPS installed?): " + ran.why_not};
    std::string said = std::move(ran.output);
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    for (char& c : said)
        if (c == '\n') c = ' ';
    return {ran.exit_status == 0, said};
}

std::vector<std::string> installed_printers() {
    const Ran ran = run({"lpstat", "-e"});
    std::vector<std::string> names;
    if (!ran.started || ran.exit_status != 0) return names;
    std::size_t start = 0;
    while (start < ran.output.size()) {
        auto end = ran.output.find('\n', start);
        if (end == std::string::npos) end = ran.output.size();
        std::string name = ran.output.substr(start, end - start);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.pop_back();
        if (!name.empty()) names.push_back(name);
        start = end + 1;
    }
    return names;
}

}  // namespace td::platform
