#include "host_events.h"

#include "step.h"

namespace td::core::detail {

const Token* newest_token(const std::vector<Token>& tokens) {
    const Token* newest = nullptr;
    for (const auto& t : tokens)
        if (!newest || t.id > newest->id) newest = &t;
    return newest;
}

std::string service_of(Transaction& tx, const std::string& login_id) {
    if (!tx.users().find(login_id)) return {};
    const auto tokens = tx.tokens().for_user(login_id);
    const Token* newest = newest_token(tokens);
    return newest ? newest->service_id : load_policy(tx).service_id;
}

void host_event(Context& ctx, Transaction& tx, const std::string& type, const std::string& login_id,
                const std::optional<Token>& token) {
    host_event_of(ctx, tx, type, login_id, token ? token->service_id : service_of(tx, login_id),
                  token ? std::string(to_string(token->kind)) : std::string());
}

void host_event_of(Context& ctx, Transaction& tx, const std::string& type,
                   const std::string& login_id, const std::string& service_id,
                   const std::string& token_kind) {
    HostEvent e;
    e.type = type;
    e.login_id = login_id;
    e.service_id = service_id;
    e.token_kind = token_kind;
    e.at = ctx.clock.now();
    tx.host_events().append(e);
}

}  // namespace td::core::detail
