#pragma once
// A real SMTP server on 127.0.0.1 for the server tests, standing in for the bank's mail relay:
// it speaks SMTP on a socket (EHLO, optional STARTTLS with the tests' certificates, MAIL, RCPT,
// DATA, QUIT), keeps what it receives, and can refuse the first mails with 451 as a relay that
// is having trouble does.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace td::test {

struct ReceivedMail {
    std::string from;       // the envelope's MAIL FROM
    std::string recipient;  // its RCPT TO
    std::string data;       // the message, as sent after DATA
    bool over_tls = false;  // whether STARTTLS came first
};

class SmtpListener {
  public:
    struct Options {
        int refuse_first = 0;  // mails answered "451" at RCPT before any is taken
        // With a certificate and key: STARTTLS is offered (and the relay takes mail only after it).
        std::optional<std::pair<std::filesystem::path, std::filesystem::path>> starttls;
    };
    explicit SmtpListener(Options options);
    ~SmtpListener();
    SmtpListener(const SmtpListener&) = delete;
    SmtpListener& operator=(const SmtpListener&) = delete;

    unsigned short port() const { return port_; }
    // Waits up to `timeout` until `n` mails were received; what was received by then.
    std::vector<ReceivedMail> wait_for(std::size_t n, std::chrono::milliseconds timeout);
    int refusals_given();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    unsigned short port_ = 0;
};

}  // namespace td::test
