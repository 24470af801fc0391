#pragma once
// The hosts' event feed, written by the steps that cause its events (not part of core's public
// headers): issued, activated, locked, unlocked, revoked, misuse_stopped, and of the download
// mail after an online issuance, mail_sent and mail_failed.
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"

namespace td::core::detail {

// The token issued last of these, or none.
const Token* newest_token(const std::vector<Token>& tokens);

// The service a user belongs to: the service ID on their newest token, or, with none yet, the
// one the database issues tokens for. Empty for an unknown login ID.
std::string service_of(Transaction& tx, const std::string& login_id);

// Appends one event about `login_id`; with a token, of that token's service and kind.
void host_event(Context& ctx, Transaction& tx, const std::string& type, const std::string& login_id,
                const std::optional<Token>& token = std::nullopt);
void host_event_of(Context& ctx, Transaction& tx, const std::string& type,
                   const std::string& login_id, const std::string& service_id,
                   const std::string& token_kind);

}  // namespace td::core::detail
