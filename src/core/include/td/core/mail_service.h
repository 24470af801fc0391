#pragma once
// Delivery of the mails TokenDesk sends customers (the app's download URL after an online
// issuance). The step that causes a mail queues it in the outbox; MailService delivers what is
// due through a MailTransport (the bank's relay), retrying with growing pauses, so a relay that
// is down delays a mail but never undoes the step that queued it.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "td/core/context.h"

namespace td::core {

inline constexpr int kMailAttempts = 10;  // then the mail is given up and reported

class MailTransport {
  public:
    virtual ~MailTransport() = default;
    // Hands the mail to the relay; on failure, why (for the outbox, never with the body).
    virtual std::optional<std::string> send(const OutgoingMail& mail) = 0;
};

struct MailRound {
    int sent = 0;
    int failed = 0;  // attempts that failed this round, the given-up ones included
    int given_up = 0;
};

class MailService {
  public:
    MailService(Context ctx, MailTransport& transport) : ctx_(ctx), transport_(transport) {}

    // Sends every mail due now (at most `limit`), each claimed first so that of several servers
    // on one database exactly one sends it.
    MailRound deliver_due(std::size_t limit = 20);
    // Mails neither sent nor given up.
    std::int64_t pending();

  private:
    Context ctx_;
    MailTransport& transport_;
};

// The pause before attempt `attempts + 1` after `attempts` failed ones: 1, 2, 4 … minutes, at
// most an hour.
std::chrono::minutes mail_retry_pause(int attempts);

}  // namespace td::core
