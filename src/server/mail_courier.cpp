#include "mail_courier.h"

#include <iostream>

#include "td/core/mail_service.h"
#include "td/core/outcome.h"

namespace td::server {

MailCourier::MailCourier(OpenRuntime open, mail::SmtpSettings relay, Metrics& metrics,
                         std::chrono::milliseconds poll)
    : open_(std::move(open)), relay_(std::move(relay)), metrics_(metrics), poll_(poll) {
    thread_ = std::thread([this] { run(); });
}

MailCourier::~MailCourier() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void MailCourier::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    cv_.notify_all();
}

void MailCourier::round(runtime::Runtime& rt, mail::SmtpTransport& transport) {
    core::MailService service(rt.context(), transport);
    core::MailRound done;
    // A long outbox (the relay was down for a while) drains batch by batch.
    for (;;) {
        const core::MailRound batch = service.deliver_due();
        done.sent += batch.sent;
        done.failed += batch.failed;
        done.given_up += batch.given_up;
        if (batch.sent + batch.failed == 0) break;
        std::lock_guard lock(mutex_);
        if (stopping_) break;
    }
    metrics_.mail_round(done.sent, done.failed, done.given_up, service.pending());
}

void MailCourier::run() {
    std::unique_ptr<runtime::Runtime> rt;
    std::unique_ptr<mail::SmtpTransport> transport;
    for (;;) {
        try {
            if (!rt) {
                rt = open_();
                transport = std::make_unique<mail::SmtpTransport>(relay_, rt->clock());
            }
            round(*rt, *transport);
        } catch (const core::Fault& e) {
            // The database is away: the mails wait in the outbox; try again next round on a
            // fresh connection.
            metrics_.database_error();
            std::cerr << "tokendesk-server: mail delivery paused: " << e.what() << "\n";
            transport.reset();
            rt.reset();
        }
        std::unique_lock lock(mutex_);
        cv_.wait_for(lock, poll_, [this] { return stopping_ || woken_; });
        if (stopping_) return;
        woken_ = false;
    }
}

}  // namespace td::server
