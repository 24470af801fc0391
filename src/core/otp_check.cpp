#include "otp_check.h"

#include "application_rules.h"
#include "host_events.h"
#include "step.h"

namespace td::core::detail {
namespace {

bool secure_equal(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (a[i] ^ b[i]));
    return diff == 0;
}

enum class Match { none, fresh, replayed };

// TOTP (rule 7): steps within ±drift; a step at or before the last accepted one is a replay.
Match match_totp(Context& ctx, const Policy& policy, Token& token, const SecretBytes& seed,
                 const std::string& code) {
    const std::int64_t now = ctx.clock.now().time_since_epoch().count();
    const std::int64_t current = now / token.period;
    Match result = Match::none;
    for (std::int64_t d = -policy.drift_steps; d <= policy.drift_steps; ++d) {
        const std::int64_t step = current + d;
        if (step < 0) continue;
        const std::string expected =
            ctx.crypto.otp.hotp(seed.view(), std::uint64_t(step), token.digits, token.algorithm);
        if (!secure_equal(expected, code)) continue;
        if (step <= token.counter) {
            result = Match::replayed;
            continue;
        }
        token.counter = step;
        return Match::fresh;
    }
    return result;
}

// HOTP (rule 7, hardware): counters from the next expected one up to the look-ahead.
Match match_hotp(Context& ctx, const Policy& policy, Token& token, const SecretBytes& seed,
                 const std::string& code) {
    const std::int64_t next = token.counter < 0 ? 0 : token.counter;
    for (std::int64_t c = next; c <= next + policy.hotp_lookahead; ++c) {
        if (secure_equal(
                ctx.crypto.otp.hotp(seed.view(), std::uint64_t(c), token.digits, token.algorithm),
                code)) {
            token.counter = c + 1;
            return Match::fresh;
        }
    }
    return Match::none;
}

}  // namespace

bool accept_device_code(Context& ctx, const Policy& policy, Token& token, const SecretBytes& seed,
                        const std::string& code) {
    const Match m = token.mode == OtpMode::totp ? match_totp(ctx, policy, token, seed, code)
                                                : match_hotp(ctx, policy, token, seed, code);
    return m == Match::fresh;
}

std::optional<std::int64_t> find_code_pair(Context& ctx, const Token& token,
                                           const SecretBytes& seed, const std::string& first,
                                           const std::string& second, std::int64_t window) {
    const std::int64_t next = token.counter < 0 ? 0 : token.counter;
    auto code_at = [&](std::int64_t c) {
        return ctx.crypto.otp.hotp(seed.view(), std::uint64_t(c), token.digits, token.algorithm);
    };
    for (std::int64_t c = next; c < next + window; ++c)
        if (secure_equal(code_at(c), first) && secure_equal(code_at(c + 1), second)) return c;
    return std::nullopt;
}

OtpResult check_user_otp(Context& ctx, Transaction& tx, const Policy& policy, User& user,
                         const std::string& code, const std::string& via) {
    OtpResult r;
    const std::string chain =
        otp_chain(tx.contracts().find(user.contract_number)->branch_code, user.login_id);
    const auto detail = [&via](std::string text) {
        return via.empty() ? text : text.empty() ? via : text + " " + via;
    };
    if (user.otp_state == OtpState::locked) {
        r.otp_state = user.otp_state;
        r.fail_count = user.fail_count;
        r.reason = "user_locked";
        audit(ctx, tx, chain, customer_actor(user.login_id), "otp_refused", "user:" + user.login_id,
              detail("reason=user_locked"));
        return r;
    }
    Match match = Match::none;
    bool has_token = false;
    for (auto token : tx.tokens().for_user(user.login_id)) {
        if (token.state != TokenState::active) continue;
        has_token = true;
        const SecretBytes seed = ctx.crypto.vault.unseal(token.sealed_seed);
        const std::int64_t read_counter = token.counter;
        Match m = token.mode == OtpMode::totp ? match_totp(ctx, policy, token, seed, code)
                                              : match_hotp(ctx, policy, token, seed, code);
        // The counter read above may be stale: a verification running at the same moment
        // may have accepted this code already. Only the step whose conditional update wins
        // accepts it; the other one sees a replay.
        if (m == Match::fresh &&
            !tx.tokens().advance_counter(token.id, read_counter, token.counter))
            m = Match::replayed;
        if (m == Match::fresh) {
            match = m;
            break;
        }
        if (m == Match::replayed) match = m;
    }
    if (match == Match::fresh) {
        // Most codes follow a good one: nothing to reset, nothing to write.
        if (user.fail_count != 0) {
            user.fail_count = 0;
            tx.users().update(user);
        }
        r.accepted = true;
        audit(ctx, tx, chain, customer_actor(user.login_id), "otp_accepted",
              "user:" + user.login_id, detail({}));
    } else {
        ++user.fail_count;
        const bool now_locked =
            user.otp_state != OtpState::locked && user.fail_count >= policy.lock_threshold;
        if (now_locked) {
            user.otp_state = OtpState::locked;
            host_event(ctx, tx, "locked", user.login_id);
        }
        tx.users().update(user);
        r.reason = !has_token                 ? "no_active_token"
                   : match == Match::replayed ? "otp_replayed"
                                              : "otp_wrong";
        audit(ctx, tx, chain, customer_actor(user.login_id),
              user.otp_state == OtpState::locked ? "otp_locked" : "otp_refused",
              "user:" + user.login_id,
              detail("reason=" + r.reason + " failures=" + std::to_string(user.fail_count)));
    }
    r.otp_state = user.otp_state;
    r.fail_count = user.fail_count;
    return r;
}

}  // namespace td::core::detail
