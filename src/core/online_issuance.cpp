// The seed's 手順3–5: after the branch approved an application for online issuance, the master
// user issues the software token in internet banking.
#include "application_rules.h"
#include "download_mail.h"
#include "host_events.h"
#include "step.h"
#include "td/core/token_service.h"
#include "td/core/validation.h"
#include "token_issuance.h"

namespace td::core {
namespace {

// The newest approved application for online issuance whose token is still to be issued.
std::optional<Application> awaiting_issuance(Transaction& tx, const std::string& login_id) {
    auto filter = ApplicationFilter::for_user(login_id);
    filter.state = ApplicationState::approved;
    std::optional<Application> found;
    for (const auto& app : tx.applications().list(filter))
        if (app.kind == ApplicationKind::software_token && app.online_issuance &&
            app.token_id == 0 && (!found || app.id > found->id))
            found = app;
    return found;
}

}  // namespace

Outcome<Token> TokenService::issue_online(const OnlineIssuanceRequest& req) {
    if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    if (auto bad = check_text("mobile_email", req.mobile_email, 254)) return *bad;
    if (auto bad = check_start_password(req.start_password)) return *bad;
    // Rule 2: hashed before anything else, outside the transaction (it is slow on purpose).
    const std::string password_hash = ctx_.crypto.hasher.hash(req.start_password);
    try {
        return detail::run_step<Token>(ctx_.store, [&](Transaction& tx) -> Outcome<Token> {
            // Locked: two issuances for one user queue here; the second finds the token.
            auto user = tx.users().find_for_update(req.login_id);
            if (!user || !in_scope(tx, req.login_id)) return refuse("unknown_login_id", "login_id");
            auto app = awaiting_issuance(tx, req.login_id);
            if (!app) return refuse("online_issuance_not_approved", "login_id");
            const Policy policy = detail::load_policy(tx);
            // The counter's rules, for the phone given now (its address among them).
            User holder = *user;
            holder.mobile_email = req.mobile_email;
            Application as_counter = *app;
            as_counter.online_issuance = false;
            const auto rules =
                detail::check_application_rules(tx, policy, as_counter, holder, ctx_.clock.now());
            if (rules.refusal) return *rules.refusal;

            if (holder.mobile_email != user->mobile_email) tx.users().update(holder);
            app->start_password_hash = password_hash;
            const Token token = detail::issue_software_token(ctx_, tx, policy, *app, holder);
            app->token_id = token.id;
            app->start_password_hash.clear();  // now only the token holds it, until setup
            tx.applications().update(*app);

            const std::string branch_code = detail::home_branch_of(tx, holder);
            detail::audit(ctx_, tx, branch_code, detail::customer_actor(req.login_id),
                          "online_issue", "token:" + std::to_string(token.id),
                          with_via("application=" + std::to_string(app->id)));
            detail::host_event(ctx_, tx, "issued", req.login_id, token);
            const auto branch = tx.branches().find(branch_code);
            if (!branch) throw Fault("branch " + branch_code + " vanished");
            tx.mail_outbox().insert(
                detail::download_mail(policy, *branch, token, ctx_.clock.now()));
            return token;
        });
    } catch (const UniqueViolation&) {
        // Another issuance for this login ID committed first (one phone per login ID).
        return refuse("software_token_exists", "login_id");
    }
}

}  // namespace td::core
