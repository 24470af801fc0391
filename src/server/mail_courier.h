#pragma once
// Delivers the outbox's mails (the app's download URL after an online issuance) in the
// background, on its own database connection: every `poll`, or at once when woken after an
// issuance. Several servers on one database share the work (core::MailService claims each
// mail for one of them).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "metrics.h"
#include "td/mail/smtp_transport.h"
#include "td/runtime/runtime.h"

namespace td::server {

class MailCourier {
  public:
    using OpenRuntime = std::function<std::unique_ptr<runtime::Runtime>()>;
    MailCourier(OpenRuntime open, mail::SmtpSettings relay, Metrics& metrics,
                std::chrono::milliseconds poll);
    ~MailCourier();  // finishes the mail in hand, then stops
    MailCourier(const MailCourier&) = delete;
    MailCourier& operator=(const MailCourier&) = delete;

    void wake();

  private:
    void run();
    void round(runtime::Runtime& rt, mail::SmtpTransport& transport);

    OpenRuntime open_;
    mail::SmtpSettings relay_;
    Metrics& metrics_;
    std::chrono::milliseconds poll_;
    std::mutex mutex_;
    std::condition_variable cv_;
    bool stopping_ = false;
    bool woken_ = false;
    std::thread thread_;
};

}  // namespace td::server
