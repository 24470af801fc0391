#pragma once
// Creating a software token at approval (トークン発行).
#include "td/core/context.h"
#include "td/core/policy.h"

namespace td::core::detail {

inline constexpr std::size_t kSeedBytes = 20;  // HMAC-SHA1 block-size-friendly, as RFC 4226 advises
inline constexpr int kTotpPeriod = 60;         // rule 7

Token issue_software_token(Context& ctx, Transaction& tx, const Policy& policy,
                           const Application& app, const User& user);

// Eight random half-width digits for a generated usage-start password.
std::string generate_start_password(RandomSource& random);

}  // namespace td::core::detail
