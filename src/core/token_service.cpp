#include "td/core/token_service.h"

#include <algorithm>

#include "application_rules.h"
#include "host_events.h"
#include "otp_check.h"
#include "step.h"
#include "td/core/base32.h"
#include "td/core/token_user_id.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::customer_actor;

namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return out;
}

std::string otpauth_uri(const Token& t, const std::string& secret) {
    return "otpauth://totp/" + t.service_id + ":" + t.token_user_id + "?secret=" + secret +
           "&issuer=" + t.service_id + "&algorithm=" + upper(to_string(t.algorithm)) +
           "&digits=" + std::to_string(t.digits) + "&period=" + std::to_string(t.period);
}

// The master user acting online: exists, is a master of the same contract, and is not locked.
// Locked for the step: the master's OTP may be counted (online revoke).
Outcome<User> acting_master(Transaction& tx, const User& target, const std::string& master_id) {
    auto master = tx.users().find_for_update(master_id);
    if (!master) return refuse("unknown_login_id", "by");
    if (master->kind != UserKind::master) return refuse("not_master", "by");
    if (master->contract_number != target.contract_number)
        return refuse("different_contract", "by");
    if (master->otp_state == OtpState::locked)
        return refuse("user_locked", "by").with("login_id", master_id);
    return *master;
}

}  // namespace

Outcome<Activation> TokenService::activate(const ActivationRequest& req) {
    if (auto bad = check_text("service_id", req.service_id, 16)) return *bad;
    if (!token_user_id_well_formed(req.token_user_id))
        return refuse("token_user_id_format", "token_user_id");
    if (auto bad = check_start_password(req.start_password)) return *bad;
    return detail::run_counted_step<Activation>(
        ctx_.store, [&](Transaction& tx) -> Outcome<Activation> {
            auto token = tx.tokens().find_by_token_user_id(req.token_user_id);
            if (!token || token->service_id != req.service_id)
                return refuse("unknown_token", "token_user_id");
            if (token->state == TokenState::voided) return refuse("token_void", "token_user_id");
            if (token->state != TokenState::issued)
                return refuse("token_not_awaiting_setup", "token_user_id")
                    .with("state", std::string(to_string(token->state)));
            const auto user = tx.users().find(token->login_id);
            if (!user) throw Fault("token without user");
            const std::string chain = detail::home_branch_of(tx, *user);
            const Policy policy = detail::load_policy(tx);
            const std::string target = "token:" + std::to_string(token->id);
            if (!ctx_.crypto.hasher.verify(req.start_password, token->start_password_hash)) {
                ++token->activation_failures;
                const bool now_void = token->activation_failures >= policy.activation_attempts;
                if (now_void) {
                    token->state = TokenState::voided;
                    token->ended_at = ctx_.clock.now();
                    token->end_reason = "activation_attempts";
                    token->start_password_hash.clear();
                }
                tx.tokens().update(*token);
                audit(ctx_, tx, chain, customer_actor(token->login_id),
                      now_void ? "token_voided" : "activation_refused", target,
                      with_via("failures=" + std::to_string(token->activation_failures)));
                if (now_void) return refuse("token_void", "start_password");
                return refuse("wrong_start_password", "start_password")
                    .with("remaining",
                          std::to_string(policy.activation_attempts - token->activation_failures));
            }
            const SecretBytes seed = ctx_.crypto.vault.unseal(token->sealed_seed);
            token->state = TokenState::active;
            token->activated_at = ctx_.clock.now();
            token->start_password_hash.clear();  // rule 2: used once
            tx.tokens().update(*token);
            audit(ctx_, tx, chain, customer_actor(token->login_id), "token_activated", target,
                  with_via({}));
            detail::host_event(ctx_, tx, "activated", token->login_id, *token);
            Activation a;
            a.secret_base32 = base32_encode(seed.view());
            a.otpauth_uri = otpauth_uri(*token, a.secret_base32);
            a.digits = token->digits;
            a.period = token->period;
            a.algorithm = std::string(to_string(token->algorithm));
            a.login_id = token->login_id;
            return a;
        });
}

bool TokenService::in_scope(Transaction& tx, const std::string& login_id) const {
    if (services_.empty()) return true;
    const std::string service = detail::service_of(tx, login_id);
    return std::find(services_.begin(), services_.end(), service) != services_.end();
}

std::string TokenService::with_via(std::string detail) const {
    if (via_.empty()) return detail;
    return detail.empty() ? via_ : detail + " " + via_;
}

Refusal otp_refusal(const std::string& login_id, const OtpResult& result) {
    const bool about_user = result.reason == "user_locked" || result.reason == "no_active_token";
    return refuse(result.reason, about_user ? "login_id" : "otp").with("login_id", login_id);
}

Outcome<OtpResult> TokenService::verify_otp(const std::string& login_id, const std::string& code) {
    if (auto bad = check_login_id("login_id", login_id)) return *bad;
    // Refused before the counted step: a code typed in full-width digits or of no possible
    // length is a typing slip, not a guess, and does not count toward the lock.
    if (auto bad = check_otp_code("otp", code)) return *bad;
    return detail::run_counted_step<OtpResult>(
        ctx_.store, [&](Transaction& tx) -> Outcome<OtpResult> {
            auto user = tx.users().find_for_update(login_id);
            if (!user || !in_scope(tx, login_id)) return refuse("unknown_login_id", "login_id");
            return detail::check_user_otp(ctx_, tx, detail::load_policy(tx), *user, code, via_);
        });
}

Outcome<User> TokenService::online_unlock(const std::string& login_id,
                                          const std::string& master_login_id,
                                          const std::string& master_otp) {
    if (auto bad = check_login_id("login_id", login_id)) return *bad;
    if (auto bad = check_login_id("by", master_login_id)) return *bad;
    if (auto bad = check_otp_code("otp", master_otp)) return *bad;
    // Counted: a wrong confirmation OTP must still count toward the master's lock (rule 8).
    return detail::run_counted_step<User>(ctx_.store, [&](Transaction& tx) -> Outcome<User> {
        auto user = tx.users().find_for_update(login_id);
        if (!user || !in_scope(tx, login_id)) return refuse("unknown_login_id", "login_id");
        if (!in_scope(tx, master_login_id)) return refuse("unknown_login_id", "by");
        auto master = acting_master(tx, *user, master_login_id);
        if (!master) return master.refusal();
        // Rule 9: a master user is unlocked only at the branch, on a written form.
        if (user->kind == UserKind::master) return refuse("master_unlock_at_branch", "login_id");
        if (user->otp_state != OtpState::locked) return refuse("user_not_locked", "login_id");
        const OtpResult check = detail::check_user_otp(ctx_, tx, detail::load_policy(tx),
                                                       master.value(), master_otp, via_);
        if (!check.accepted) return refuse("otp_rejected", "otp").with("reason", check.reason);
        user->otp_state = OtpState::active;
        user->fail_count = 0;
        tx.users().update(*user);
        audit(ctx_, tx, detail::home_branch_of(tx, *user), customer_actor(master_login_id),
              "online_unlock", "user:" + login_id, with_via({}));
        detail::host_event(ctx_, tx, "unlocked", login_id);
        return *user;
    });
}

Outcome<Token> TokenService::online_revoke(const std::string& login_id,
                                           const std::string& master_login_id,
                                           const std::string& master_otp,
                                           const std::string& reason) {
    if (auto bad = check_login_id("login_id", login_id)) return *bad;
    if (auto bad = check_login_id("by", master_login_id)) return *bad;
    if (auto bad = check_otp_code("otp", master_otp)) return *bad;
    if (auto bad = check_text("reason", reason, 100, /*required=*/false)) return *bad;
    // Counted: a wrong confirmation OTP must still count toward the master's lock (rule 8).
    return detail::run_counted_step<Token>(ctx_.store, [&](Transaction& tx) -> Outcome<Token> {
        auto user = tx.users().find(login_id);
        if (!user || !in_scope(tx, login_id)) return refuse("unknown_login_id", "login_id");
        if (!in_scope(tx, master_login_id)) return refuse("unknown_login_id", "by");
        auto master = acting_master(tx, *user, master_login_id);
        if (!master) return master.refusal();
        auto token = detail::live_token(tx, login_id, TokenKind::software);
        if (!token) return refuse("no_live_token", "login_id");
        const Policy policy = detail::load_policy(tx);
        const OtpResult check =
            detail::check_user_otp(ctx_, tx, policy, master.value(), master_otp, via_);
        if (!check.accepted) return refuse("otp_rejected", "otp").with("reason", check.reason);
        // Re-read: the master may be the target, and the OTP check moved that token's counter.
        token = tx.tokens().find(token->id);
        token->state = TokenState::revoked;
        token->ended_at = ctx_.clock.now();
        token->end_reason = "online";
        tx.tokens().update(*token);
        audit(ctx_, tx, detail::home_branch_of(tx, *user), customer_actor(master_login_id),
              "online_revoke", "token:" + std::to_string(token->id),
              with_via("user=" + login_id + (reason.empty() ? "" : " reason=" + reason)));
        detail::host_event(ctx_, tx, "revoked", login_id, *token);
        return *token;
    });
}

}  // namespace td::core
