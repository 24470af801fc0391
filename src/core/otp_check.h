#pragma once
// Checking one OTP for a user inside a transaction: window, single use, failure count and lock.
#include <optional>
#include <string>

#include "td/core/context.h"
#include "td/core/policy.h"
#include "td/core/token_service.h"

namespace td::core::detail {

// Whether `code` is the device's current code: TOTP within the drift window, HOTP within the
// look-ahead. On a match `token.counter` moves past it, so the code is not accepted again.
bool accept_device_code(Context& ctx, const Policy& policy, Token& token, const SecretBytes& seed,
                        const std::string& code);

// The HOTP counter at which `first` and then `second` are the device's codes, searching
// `window` counters from the token's next one; nothing when no such pair is found.
std::optional<std::int64_t> find_code_pair(Context& ctx, const Token& token,
                                           const SecretBytes& seed, const std::string& first,
                                           const std::string& second, std::int64_t window);

// Updates the user's failure count or lock and the token's last step, in `tx`, and records the
// decision; `via` (e.g. "host=ib-host purpose=login") says through what it came, when not the
// counter's own tools.
OtpResult check_user_otp(Context& ctx, Transaction& tx, const Policy& policy, User& user,
                         const std::string& code, const std::string& via = {});

}  // namespace td::core::detail
