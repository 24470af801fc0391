#pragma once
// A tokendesk-server run as its own process (the installed program, as systemd starts it), for
// the tests of signals and of several servers on one database. The server tests are Debian's.
#include <sys/types.h>

#include <string>
#include <vector>

namespace td::test {

class ServerProcess {
  public:
    // Starts the program with `args` in the caller's environment and waits until it says where
    // it listens; fails the test (and the port stays 0) when it ends first.
    explicit ServerProcess(const std::vector<std::string>& args);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return port_; }
    // Sends SIGTERM and waits: the exit code, and standard output (the access log).
    int terminate();
    const std::string& output() const { return out_; }

  private:
    pid_t pid_ = -1;
    int out_fd_ = -1, err_fd_ = -1;
    unsigned short port_ = 0;
    std::string out_, err_;
};

}  // namespace td::test
