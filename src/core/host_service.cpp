#include "td/core/host_service.h"

#include <algorithm>

#include "host_events.h"
#include "step.h"
#include "td/core/customer_service.h"
#include "td/core/validation.h"

namespace td::core {

namespace {

Refusal unknown_user(const std::string& field) {
    return refuse("unknown_login_id", field);
}

}  // namespace

std::string_view to_string(Verdict v) {
    switch (v) {
        case Verdict::accept:
            return "accept";
        case Verdict::locked:
            return "locked";
        case Verdict::reject:
            break;
    }
    return "reject";
}

TokenService HostService::tokens(const std::string& purpose) const {
    return TokenService(ctx_, "host=" + grant_.host + (purpose.empty() ? "" : " purpose=" + purpose),
                        grant_.service_ids);
}

bool HostService::serves_service(const std::string& service_id) const {
    return std::find(grant_.service_ids.begin(), grant_.service_ids.end(), service_id) !=
           grant_.service_ids.end();
}

std::string HostService::service_of(const std::string& login_id) {
    std::string service;
    ctx_.store.read([&](Transaction& tx) { service = detail::service_of(tx, login_id); });
    return service;
}

Outcome<std::vector<HostEvent>> HostService::events(std::int64_t after, int limit) {
    if (after < 0) return refuse("cursor_format", "after");
    if (limit < 1 || limit > kMaxEventsPerPage)
        return refuse("number_range", "limit")
            .with("min", "1")
            .with("max", std::to_string(kMaxEventsPerPage));
    std::vector<HostEvent> events;
    ctx_.store.read([&](Transaction& tx) {
        events = tx.host_events().after(after, grant_.service_ids, static_cast<std::size_t>(limit));
    });
    return events;
}

bool HostService::serves(const std::string& login_id) {
    if (check_login_id("login_id", login_id)) return false;
    const std::string service = service_of(login_id);
    return !service.empty() && serves_service(service);
}

Verdict HostService::verify(const std::string& login_id, const std::string& code,
                            const std::string& purpose) {
    // The scope is checked in the step: another service's user is unknown, and nothing counts.
    const auto result = tokens(purpose).verify_otp(login_id, code);
    if (!result) return Verdict::reject;  // a malformed code: not a guess, not counted
    if (result.value().accepted) return Verdict::accept;
    return result.value().reason == "user_locked" ? Verdict::locked : Verdict::reject;
}

Outcome<Activation> HostService::activate(const ActivationRequest& req) {
    // Another service's token is, to this host, a token that does not exist.
    if (!serves_service(req.service_id)) {
        if (auto bad = check_text("service_id", req.service_id, 16)) return *bad;
        return refuse("unknown_token", "token_user_id");
    }
    return tokens().activate(req);
}

Outcome<Token> HostService::issue_online(const OnlineIssuanceRequest& req) {
    return tokens().issue_online(req);
}

Outcome<User> HostService::online_unlock(const std::string& login_id,
                                         const std::string& master_login_id,
                                         const std::string& master_otp) {
    return tokens().online_unlock(login_id, master_login_id, master_otp);
}

Outcome<Token> HostService::online_revoke(const std::string& login_id,
                                          const std::string& master_login_id,
                                          const std::string& master_otp,
                                          const std::string& reason) {
    return tokens().online_revoke(login_id, master_login_id, master_otp, reason);
}

Outcome<UserStatus> HostService::user_status(const std::string& login_id) {
    if (auto bad = check_login_id("login_id", login_id)) return unknown_user("login_id");
    std::optional<UserStatus> status;
    ctx_.store.read([&](Transaction& tx) {
        auto user = tx.users().find(login_id);
        if (!user) return;
        const std::string service = detail::service_of(tx, login_id);
        if (!serves_service(service)) return;
        const auto tokens = tx.tokens().for_user(login_id);
        UserStatus s{*user, std::nullopt, std::nullopt, std::nullopt};
        for (const auto& t : tokens)
            if (t.state == TokenState::issued || t.state == TokenState::active) s.token = t;
        if (!s.token)
            if (const Token* t = detail::newest_token(tokens)) s.token = *t;
        if (s.token) {
            s.token->sealed_seed.clear();
            s.token->start_password_hash.clear();
            if (s.token->mode == OtpMode::totp && s.token->counter >= 0)
                s.last_accepted_at =
                    TimePoint{std::chrono::seconds(s.token->counter * s.token->period)};
        }
        s.earliest_issue_at = reissue_restriction(tokens, ctx_.clock.now());
        status = std::move(s);
    });
    if (!status) return unknown_user("login_id");
    return *status;
}

}  // namespace td::core
