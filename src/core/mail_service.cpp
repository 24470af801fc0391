#include "td/core/mail_service.h"

#include <algorithm>
#include <vector>

#include "host_events.h"

namespace td::core {
namespace {

// A server that dies between claiming and recording an attempt leaves the mail claimed; after
// this long another server tries again (the customer may then get it twice, never not at all).
constexpr auto kClaimFor = std::chrono::minutes(5);

}  // namespace

std::chrono::minutes mail_retry_pause(int attempts) {
    const int doubling = std::clamp(attempts - 1, 0, 6);
    return std::min(std::chrono::minutes(1 << doubling), std::chrono::minutes(60));
}

MailRound MailService::deliver_due(std::size_t limit) {
    MailRound round;
    std::vector<OutgoingMail> due;
    ctx_.store.read([&](Transaction& tx) { due = tx.mail_outbox().due(ctx_.clock.now(), limit); });
    for (auto& mail : due) {
        const TimePoint claimed_at = ctx_.clock.now();
        bool mine = false;
        ctx_.store.run([&](Transaction& tx) {
            mine =
                tx.mail_outbox().claim(mail.id, mail.attempts, claimed_at, claimed_at + kClaimFor);
            return mine;
        });
        if (!mine) continue;  // another server has it
        const auto error = transport_.send(mail);
        ctx_.store.run([&](Transaction& tx) {
            const TimePoint now = ctx_.clock.now();
            mail.attempts += 1;
            std::string event = "mail_sent";
            if (!error) {
                mail.sent_at = now;
                mail.last_error.clear();
                ++round.sent;
            } else {
                mail.last_error = *error;
                mail.given_up = mail.attempts >= kMailAttempts;
                mail.next_attempt_at = now + mail_retry_pause(mail.attempts);
                event = "mail_failed";
                ++round.failed;
                if (mail.given_up) ++round.given_up;
            }
            tx.mail_outbox().update(mail);
            detail::host_event_of(ctx_, tx, event, mail.login_id, mail.service_id, "software");
            return true;
        });
    }
    return round;
}

std::int64_t MailService::pending() {
    std::int64_t n = 0;
    ctx_.store.read([&](Transaction& tx) { n = tx.mail_outbox().pending(); });
    return n;
}

}  // namespace td::core
