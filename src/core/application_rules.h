#pragma once
// The rules an application must satisfy, checked at intake and again at approval (rule 1).
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/policy.h"

namespace td::core::detail {

struct RuleCheck {
    std::optional<Refusal> refusal;
    std::vector<std::string> warnings;
    std::optional<Token> token;  // the live token the procedure acts on (revoke, misuse report)
};

// `app.id` is 0 at intake; at approval it is the application itself (not a competing one).
RuleCheck check_application_rules(Transaction& tx, const Policy& policy, const Application& app,
                                  const User& user, TimePoint now);

// The user's software or hardware token in state issued or active, if any.
std::optional<Token> live_token(Transaction& tx, const std::string& login_id,
                                std::optional<TokenKind> kind = std::nullopt);

}  // namespace td::core::detail
