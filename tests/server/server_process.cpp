#include "server_process.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>

namespace td::test {

namespace {

std::string drain(int fd) {
    std::string out;
    std::array<char, 4096> buf{};
    for (ssize_t n; (n = read(fd, buf.data(), buf.size())) > 0;)
        out.append(buf.data(), static_cast<std::size_t>(n));
    return out;
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args) {
    int out[2], err[2];
    if (pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
        dup2(out[1], 1);
        dup2(err[1], 2);
        for (int fd : {out[0], out[1], err[0], err[1]}) close(fd);
        std::vector<char*> argv{const_cast<char*>(TD_SERVER_PROGRAM)};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(TD_SERVER_PROGRAM, argv.data());
        _exit(127);
    }
    close(out[1]);
    close(err[1]);
    out_fd_ = out[0];
    err_fd_ = err[0];
    // "tokendesk-server: listening on 127.0.0.1:PORT" on standard error.
    const std::string marker = "listening on 127.0.0.1:";
    for (;;) {
        pollfd p{err_fd_, POLLIN, 0};
        if (poll(&p, 1, 30'000) <= 0) break;
        std::array<char, 512> buf{};
        const ssize_t n = read(err_fd_, buf.data(), buf.size());
        if (n <= 0) break;
        err_.append(buf.data(), static_cast<std::size_t>(n));
        const auto at = err_.find(marker);
        if (at != std::string::npos && err_.find('\n', at) != std::string::npos) {
            port_ = static_cast<unsigned short>(std::stoi(err_.substr(at + marker.size())));
            return;
        }
    }
    ADD_FAILURE() << "tokendesk-server did not start: " << err_;
}

int ServerProcess::terminate() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    out_ = drain(out_fd_);
    err_ += drain(err_fd_);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) terminate();
    if (out_fd_ >= 0) close(out_fd_);
    if (err_fd_ >= 0) close(err_fd_);
}

}  // namespace td::test
