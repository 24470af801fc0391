#pragma once
// An outbox mail as the relay receives it (RFC 5322 with MIME): UTF-8 text, the subject as
// encoded words, the body in base64 so no relay on the way can break Japanese text.
#include <string>

#include "td/core/repositories.h"

namespace td::mail {

// `from`: the bank's sending address (tokendesk.conf mail_from); `date`: when it is sent.
std::string mime_message(const core::OutgoingMail& mail, const std::string& from,
                         core::TimePoint date);

// The domain of the sending address: the Message-ID's right side and the name TokenDesk greets
// the relay with (EHLO); "localhost" for an address without one.
std::string sender_domain(const std::string& address);

// RFC 2047 encoded words for a header value, each at most 75 characters, split only between
// characters; plain ASCII without specials is left as it is.
std::string encoded_header_value(const std::string& utf8);

}  // namespace td::mail
