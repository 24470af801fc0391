#include "application_rules.h"
#include "otp_check.h"
#include "step.h"
#include "td/core/token_service.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

// How far past the expected counter a pair of codes is looked for: a key fob pressed in a
// pocket runs ahead, a thousand presses covers years of that.
constexpr std::int64_t kResyncWindow = 1000;

}  // namespace

Outcome<Token> TokenService::resync(const Actor& actor, const std::string& login_id,
                                    const std::string& first_code, const std::string& second_code) {
    if (actor.role == Role::admin)
        return refuse("role_not_allowed", "as").with("role", "teller|manager");
    if (auto bad = check_login_id("login_id", login_id)) return *bad;
    if (auto bad = check_otp_code("code1", first_code)) return *bad;
    if (auto bad = check_otp_code("code2", second_code)) return *bad;
    return detail::run_step<Token>(ctx_.store, [&](Transaction& tx) -> Outcome<Token> {
        const auto user = tx.users().find(login_id);
        if (!user) return refuse("unknown_login_id", "login_id");
        const auto contract = tx.contracts().find(user->contract_number);
        if (!contract) throw Fault("user " + login_id + " has no contract");
        if (actor.branch_code != contract->branch_code)
            return refuse("wrong_branch", "as").with("branch", contract->branch_code);
        auto token = detail::live_token(tx, login_id, TokenKind::hardware);
        if (!token) return refuse("no_live_hardware_token", "login_id");
        if (token->mode != OtpMode::hotp) return refuse("resync_hotp_only", "login_id");
        const auto at =
            detail::find_code_pair(ctx_, *token, ctx_.crypto.vault.unseal(token->sealed_seed),
                                   first_code, second_code, kResyncWindow);
        if (!at) return refuse("resync_codes_not_found", "code1");
        const std::int64_t before = token->counter;
        token->counter = *at + 2;
        // Only a step whose read is still current moves it: a code accepted meanwhile wins.
        if (!tx.tokens().advance_counter(token->id, before, token->counter))
            return refuse("resync_codes_not_found", "code1");
        detail::audit(ctx_, tx, contract->branch_code, actor.staff_id, "token_resynced",
                      "token:" + std::to_string(token->id),
                      "user=" + login_id + " counter_from=" + std::to_string(before) +
                          " counter_to=" + std::to_string(token->counter));
        return *token;
    });
}

}  // namespace td::core
