#pragma once
// Hands outbox mails to the bank's relay over SMTP with libcurl. STARTTLS is used whenever the
// relay offers it (then the relay's certificate is verified, against `ca_file` when given);
// a relay that offers none gets the mail in the clear, as an internal relay on the bank's own
// network usually does.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "td/core/clock.h"
#include "td/core/mail_service.h"

namespace td::mail {

struct SmtpSettings {
    std::string host;
    unsigned short port = 25;
    std::string from;
    std::filesystem::path ca_file;  // empty: the system's trusted CAs
    std::chrono::milliseconds timeout{30'000};
};

class SmtpTransport final : public core::MailTransport {
  public:
    SmtpTransport(SmtpSettings settings, const core::Clock& clock);
    std::optional<std::string> send(const core::OutgoingMail& mail) override;

  private:
    SmtpSettings settings_;
    const core::Clock& clock_;
};

}  // namespace td::mail
