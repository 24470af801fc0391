#include "test_process.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <stdexcept>
#include <thread>

namespace td::test {
namespace {

std::string read_all(int fd) {
    std::string out;
    std::array<char, 4096> buf{};
    for (ssize_t n; (n = read(fd, buf.data(), buf.size())) > 0;)
        out.append(buf.data(), std::size_t(n));
    close(fd);
    return out;
}

}  // namespace

ProcessResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env,
                          const std::string& stdin_text) {
    int in[2], out[2], err[2];
    if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe failed");
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
        for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    std::thread writer([&] {
        if (!stdin_text.empty()) (void)!write(in[1], stdin_text.data(), stdin_text.size());
        close(in[1]);
    });
    ProcessResult r;
    std::thread err_reader([&] { r.err = read_all(err[0]); });
    r.out = read_all(out[0]);
    err_reader.join();
    writer.join();
    int status = 0;
    waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace td::test
