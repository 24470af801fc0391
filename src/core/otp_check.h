#pragma once
// Checking one OTP for a user inside a transaction: window, single use, failure count and lock.
#include <string>

#include "td/core/context.h"
#include "td/core/policy.h"
#include "td/core/token_service.h"

namespace td::core::detail {

// Updates the user's failure count or lock and the token's last step, in `tx`.
OtpResult check_user_otp(Context& ctx, Transaction& tx, const Policy& policy, User& user,
                         const std::string& code);

}  // namespace td::core::detail
