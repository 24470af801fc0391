#pragma once
// The mail that tells a customer's phone where to download the app after an online issuance
// (seed 手順5). Japanese, plain text, and nothing secret: no seed, no start password, no code.
#include "td/core/entities.h"
#include "td/core/policy.h"
#include "td/core/repositories.h"

namespace td::core::detail {

OutgoingMail download_mail(const Policy& policy, const Branch& branch, const Token& token,
                           TimePoint now);

}  // namespace td::core::detail
