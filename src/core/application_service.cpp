#include "td/core/application_service.h"

#include "application_rules.h"
#include "customer_reads.h"
#include "device_handover.h"
#include "host_events.h"
#include "otp_check.h"
#include "step.h"
#include "td/core/validation.h"
#include "token_issuance.h"

namespace td::core {

using detail::audit;
using detail::run_step;

namespace {

// A list's filter as the query recorded against the customers it showed.
std::string describe(const ApplicationFilter& f) {
    std::string out;
    auto add = [&](const char* name, const std::string& value) {
        out += (out.empty() ? "" : " ") + std::string(name) + "=" + value;
    };
    if (f.state) add("state", std::string(to_string(*f.state)));
    if (f.branch_code) add("branch", *f.branch_code);
    if (f.login_id) add("login_id", *f.login_id);
    if (f.active_from) add("from", format_utc_iso(*f.active_from));
    if (f.active_until) add("until", format_utc_iso(*f.active_until));
    if (f.not_printed_as) add("not_printed_as", *f.not_printed_as);
    return out;
}

Outcome<WrittenForm> parse_form(const FormInput& in, TimePoint now) {
    WrittenForm f;
    f.received_date = in.received_date.empty() ? format_date(japan_date(now)) : in.received_date;
    if (auto bad = check_form_date("form_received", f.received_date, now)) return *bad;
    if (auto bad = check_text("visitor", in.visitor_name, kMaxNameChars, false)) return *bad;
    if (!in.visitor_role.empty()) {
        f.visitor_role = parse_enum<VisitorRole>(in.visitor_role);
        if (!f.visitor_role)
            return refuse("invalid_choice", "visitor_role").with("choices", "principal|agent");
    }
    if (auto bad = check_text("memo", in.memo, kMaxDetailsChars, false)) return *bad;
    f.seal_checked = in.seal_checked;
    f.identity_checked = in.identity_checked;
    f.visitor_name = in.visitor_name;
    f.memo = in.memo;
    return f;
}

// What every procedure's intake starts from: the login ID and the written form, checked.
Outcome<Application> draft_of(ApplicationKind kind, const std::string& login_id,
                              const FormInput& form_input, TimePoint now) {
    if (auto bad = check_login_id("login_id", login_id)) return *bad;
    auto form = parse_form(form_input, now);
    if (!form) return form.refusal();
    Application draft;
    draft.kind = kind;
    draft.login_id = login_id;
    draft.form = form.value();
    return draft;
}

Check may_enter(const Actor& actor, const Contract& contract) {
    if (actor.role == Role::admin)
        return refuse("role_not_allowed", "as").with("role", "teller|manager");
    if (actor.branch_code != contract.branch_code)
        return refuse("wrong_branch", "as").with("branch", contract.branch_code);
    return std::nullopt;
}

Refusal already_decided(const Application& app) {
    return refuse("application_not_entered", "application_id")
        .with("state", std::string(to_string(app.state)))
        .with("by", app.checker_id);
}

Check may_decide(const Actor& actor, const Application& app) {
    if (actor.role != Role::manager)
        return refuse("role_not_allowed", "as").with("role", "manager");
    if (actor.branch_code != app.branch_code)
        return refuse("wrong_branch", "as").with("branch", app.branch_code);
    if (app.state != ApplicationState::entered) return already_decided(app);
    if (actor.staff_id == app.maker_id) return refuse("maker_is_checker", "as");
    return std::nullopt;
}

// Stores the decision unless another step decided the application first; then says who did.
Check claim_decision(Transaction& tx, const Application& decided) {
    if (tx.applications().decide(decided)) return std::nullopt;
    const auto now = tx.applications().find(decided.id);
    if (!now) throw Fault("application " + std::to_string(decided.id) + " vanished");
    return already_decided(*now);
}

std::string app_target(std::int64_t id) {
    return "application:" + std::to_string(id);
}

std::optional<Token> token_of(Transaction& tx, const Application& app) {
    if (app.token_id == 0) return std::nullopt;
    return tx.tokens().find(app.token_id);
}

// Applies an approved application's effect (rule 1: only now does it take effect). Returns
// the token the application concerns as it now stands, if any.
std::optional<Token> apply_effect(Context& ctx, Transaction& tx, const Policy& policy,
                                  Application& app, User& user, const std::optional<Token>& target,
                                  TimePoint now) {
    switch (app.kind) {
        case ApplicationKind::software_token: {
            // Online issuance: approval opens the way; the customer issues the token later.
            if (app.online_issuance) return std::nullopt;
            Token t = detail::issue_software_token(ctx, tx, policy, app, user);
            app.token_id = t.id;
            app.start_password_hash.clear();  // now only the token holds it, until setup
            return t;
        }
        case ApplicationKind::unlock:
            user.otp_state = OtpState::active;
            user.fail_count = 0;
            tx.users().update(user);
            break;
        case ApplicationKind::revoke: {
            Token t = *target;
            t.state = TokenState::revoked;
            t.ended_at = now;
            t.end_reason = std::string(to_string(*app.revoke_reason));
            tx.tokens().update(t);
            detail::release_device(ctx, tx, t, *app.revoke_reason == RevokeReason::returned,
                                   app.checker_id);
            app.token_id = t.id;
            return t;
        }
        case ApplicationKind::contract_update: {
            auto contract = tx.contracts().find(app.contract_number);
            if (!contract)
                throw Fault("application " + std::to_string(app.id) + " names a missing contract");
            std::string changed;
            for (const auto& c : app.contract_changes) {
                contract_field(*contract, c.field) = c.after;
                changed += (changed.empty() ? "" : ",") + c.field;
            }
            tx.contracts().update(*contract);
            audit(ctx, tx, app.branch_code, app.checker_id, "contract_updated",
                  "contract:" + contract->number,
                  "application=" + std::to_string(app.id) + " changed=" + changed);
            break;
        }
        case ApplicationKind::contract_close: {
            auto contract = tx.contracts().find(app.contract_number);
            if (!contract)
                throw Fault("application " + std::to_string(app.id) + " names a missing contract");
            contract->closed_at = now;
            tx.contracts().update(*contract);
            audit(ctx, tx, app.branch_code, app.checker_id, "contract_closed",
                  "contract:" + contract->number, "application=" + std::to_string(app.id));
            break;
        }
        case ApplicationKind::misuse_report:
        case ApplicationKind::hardware_token:
            break;
    }
    return token_of(tx, app);
}

// Rule for hardware tokens: the device's current code proves it is the one on the counter;
// then it becomes the user's token and leaves the stock, once.
Outcome<Token> hand_over_device(Context& ctx, Transaction& tx, const Policy& policy,
                                Application& app, const std::string& device_code, TimePoint now) {
    if (device_code.empty()) return refuse("device_code_required", "otp");
    const auto device = tx.devices().find(app.serial);
    if (!device) throw Fault("device " + app.serial + " vanished during approval");
    Token t = detail::hardware_token_from(*device, policy, app, now);
    if (!detail::accept_device_code(ctx, policy, t, ctx.crypto.vault.unseal(t.sealed_seed),
                                    device_code))
        return refuse("device_code_wrong", "otp").with("serial", app.serial);
    t.id = tx.tokens().insert(t);
    if (!tx.devices().assign(app.serial, app.login_id, t.id))
        return refuse("device_not_in_stock", "serial").with("state", "assigned");
    app.token_id = t.id;
    return t;
}

}  // namespace

Outcome<IntakeResult> ApplicationService::intake(const Actor& actor, Application draft,
                                                 std::optional<std::string> generated_password) {
    try {
        return intake_step(actor, std::move(draft), std::move(generated_password));
    } catch (const UniqueViolation&) {
        // Two tellers entered the same procedure for one user at once; the database kept one
        // (one pending application per user and kind) and rolled this step back whole.
        return refuse("application_pending", "login_id");
    }
}

Outcome<IntakeResult> ApplicationService::intake_step(
    const Actor& actor, Application draft, std::optional<std::string> generated_password) {
    return run_step<IntakeResult>(ctx_.store, [&](Transaction& tx) -> Outcome<IntakeResult> {
        const TimePoint now = ctx_.clock.now();
        const auto user = tx.users().find(draft.login_id);
        if (!user) return refuse("unknown_login_id", "login_id");
        const auto contract = tx.contracts().find(user->contract_number);
        if (!contract) throw Fault("user " + user->login_id + " has no contract");
        if (auto bad = may_enter(actor, *contract)) return *bad;

        draft.contract_number = contract->number;
        draft.branch_code = contract->branch_code;
        draft.state = ApplicationState::entered;
        draft.maker_id = actor.staff_id;
        draft.entered_at = now;
        auto rules =
            detail::check_application_rules(tx, detail::load_policy(tx), draft, *user, now);
        if (rules.refusal) return *rules.refusal;

        if (draft.kind == ApplicationKind::misuse_report && rules.token) {
            // Rule 12: the token stops now, before any approval.
            Token t = *rules.token;
            t.state = TokenState::stopped;
            t.ended_at = now;
            t.end_reason = "misuse_report";
            tx.tokens().update(t);
            // A device reported as forged or misused never goes back on the shelf.
            detail::release_device(ctx_, tx, t, false, actor.staff_id);
            draft.token_id = t.id;
        } else if (rules.token) {
            draft.token_id = rules.token->id;
        }
        draft.id = tx.applications().insert(draft);
        audit(
            ctx_, tx, draft.branch_code, actor.staff_id, "application_entered",
            app_target(draft.id),
            std::string("kind=") + std::string(to_string(draft.kind)) + " user=" + draft.login_id);
        if (draft.kind == ApplicationKind::misuse_report && draft.token_id != 0) {
            audit(ctx_, tx, draft.branch_code, actor.staff_id, "token_stopped",
                  "token:" + std::to_string(draft.token_id),
                  "misuse_report=" + std::to_string(draft.id));
            detail::host_event(ctx_, tx, "misuse_stopped", draft.login_id,
                               tx.tokens().find(draft.token_id));
        }
        return IntakeResult{draft, generated_password, rules.warnings};
    });
}

Outcome<IntakeResult> ApplicationService::apply_software_token(const Actor& actor,
                                                               const SoftwareTokenRequest& req) {
    if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    if (req.generate_start_password && !req.start_password.empty())
        return refuse("start_password_both", "start_password");
    if (req.online && (req.generate_start_password || !req.start_password.empty()))
        return refuse("online_with_start_password", "start_password");
    std::optional<std::string> generated;
    std::string password = req.start_password;
    if (req.online) {
        // Chosen by the customer online at issuance; nothing to keep now.
    } else if (req.generate_start_password) {
        generated = detail::generate_start_password(ctx_.crypto.random);
        password = *generated;
    } else if (auto bad = check_start_password(req.start_password)) {
        return *bad;
    }
    auto form = parse_form(req.form, ctx_.clock.now());
    if (!form) return form.refusal();
    Application draft;
    draft.kind = ApplicationKind::software_token;
    draft.login_id = req.login_id;
    draft.form = form.value();
    // Rule 2: hashed as soon as it is received; the clear text goes no further.
    if (!req.online) draft.start_password_hash = ctx_.crypto.hasher.hash(password);
    draft.start_password_generated = generated.has_value();
    draft.online_issuance = req.online;
    return intake(actor, draft, generated);
}

Outcome<IntakeResult> ApplicationService::apply_hardware_token(const Actor& actor,
                                                               const HardwareTokenRequest& req) {
    auto draft =
        draft_of(ApplicationKind::hardware_token, req.login_id, req.form, ctx_.clock.now());
    if (!draft) return draft.refusal();
    if (auto bad = check_serial("serial", req.serial)) return *bad;
    draft.value().serial = req.serial;
    return intake(actor, draft.value(), std::nullopt);
}

Outcome<IntakeResult> ApplicationService::apply_unlock(const Actor& actor,
                                                       const UnlockRequest& req) {
    auto draft = draft_of(ApplicationKind::unlock, req.login_id, req.form, ctx_.clock.now());
    if (!draft) return draft.refusal();
    return intake(actor, draft.value(), std::nullopt);
}

Outcome<IntakeResult> ApplicationService::apply_revoke(const Actor& actor,
                                                       const RevokeRequest& req) {
    if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    const auto reason = parse_enum<RevokeReason>(req.reason);
    if (!reason)
        return refuse("invalid_choice", "reason")
            .with("choices", "lost|stolen|broken|model_change|app_deleted|returned");
    auto draft = draft_of(ApplicationKind::revoke, req.login_id, req.form, ctx_.clock.now());
    if (!draft) return draft.refusal();
    draft.value().revoke_reason = reason;
    return intake(actor, draft.value(), std::nullopt);
}

Outcome<IntakeResult> ApplicationService::apply_misuse_report(const Actor& actor,
                                                              const MisuseReportRequest& req) {
    if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    if (auto bad = check_text("details", req.details, kMaxDetailsChars)) return *bad;
    auto draft = draft_of(ApplicationKind::misuse_report, req.login_id, req.form, ctx_.clock.now());
    if (!draft) return draft.refusal();
    draft.value().details = req.details;
    return intake(actor, draft.value(), std::nullopt);
}

Outcome<IntakeResult> ApplicationService::apply_contract_update(const Actor& actor,
                                                                const ContractUpdateRequest& req) {
    if (auto bad = check_contract_number("contract", req.contract_number)) return *bad;
    if (!req.login_id.empty())
        if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    auto form = parse_form(req.form, ctx_.clock.now());
    if (!form) return form.refusal();
    // Read first: who the application is recorded under, and what it changes from what the
    // contract holds now. The intake step checks again that the contract still holds it.
    std::optional<Outcome<Application>> draft;
    ctx_.store.run([&](Transaction& tx) {
        draft.emplace(contract_update_draft(tx, req));
        return false;
    });
    if (!draft->ok()) return draft->refusal();
    Application app = draft->value();
    app.form = form.value();
    return intake(actor, app, std::nullopt);
}

Outcome<Application> ApplicationService::contract_update_draft(Transaction& tx,
                                                               const ContractUpdateRequest& req) {
    const auto contract = tx.contracts().find(req.contract_number);
    if (!contract) return refuse("unknown_contract", "contract");
    auto login_id = recorded_under(tx, *contract, req.login_id);
    if (!login_id) return login_id.refusal();
    auto changes = contract_changes(*contract, req.fields);
    if (!changes) return changes.refusal();
    Application app;
    app.kind = ApplicationKind::contract_update;
    app.login_id = login_id.value();
    app.contract_changes = changes.value();
    return app;
}

Outcome<std::string> ApplicationService::recorded_under(Transaction& tx, const Contract& contract,
                                                        const std::string& login_id) {
    if (login_id.empty()) {
        const auto users = tx.users().by_contract(contract.number);
        if (users.empty()) return refuse("contract_without_users", "contract");
        for (const auto& u : users)
            if (u.kind == UserKind::master) return u.login_id;
        return users.front().login_id;
    }
    const auto user = tx.users().find(login_id);
    if (!user) return refuse("unknown_login_id", "login_id");
    if (user->contract_number != contract.number) return refuse("different_contract", "login_id");
    return login_id;
}

Outcome<IntakeResult> ApplicationService::apply_contract_close(const Actor& actor,
                                                               const ContractCloseRequest& req) {
    if (auto bad = check_contract_number("contract", req.contract_number)) return *bad;
    if (!req.login_id.empty())
        if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    auto form = parse_form(req.form, ctx_.clock.now());
    if (!form) return form.refusal();
    std::optional<Outcome<std::string>> login_id;
    ctx_.store.read([&](Transaction& tx) {
        const auto contract = tx.contracts().find(req.contract_number);
        login_id.emplace(contract ? recorded_under(tx, *contract, req.login_id)
                                  : Outcome<std::string>(refuse("unknown_contract", "contract")));
    });
    if (!login_id->ok()) return login_id->refusal();
    Application app;
    app.kind = ApplicationKind::contract_close;
    app.login_id = login_id->value();
    app.form = form.value();
    return intake(actor, app, std::nullopt);
}

Outcome<ApplicationView> ApplicationService::approve(const Actor& actor, std::int64_t id,
                                                     const std::string& device_code) {
    if (!device_code.empty())
        if (auto bad = check_otp_code("otp", device_code)) return *bad;
    try {
        return approve_step(actor, id, device_code);
    } catch (const UniqueViolation&) {
        // Another approval issued this user's token, or bound this device, after our rule
        // check read them; the database refused the second one and the whole step rolled
        // back. Read again to be sure that is what happened, not some other duplicate.
        if (auto conflict = conflict_after_race(id)) return *conflict;
        throw;
    }
}

std::optional<Refusal> ApplicationService::conflict_after_race(std::int64_t id) {
    std::optional<Refusal> conflict;
    ctx_.store.run([&](Transaction& tx) {
        const auto app = tx.applications().find(id);
        if (!app) return false;
        if (app->kind == ApplicationKind::software_token &&
            detail::live_token(tx, app->login_id, TokenKind::software))
            conflict = refuse("software_token_exists", "login_id");
        if (app->kind == ApplicationKind::hardware_token) {
            const auto device = tx.devices().find(app->serial);
            if (device && device->state != DeviceState::in_stock)
                conflict = refuse("device_not_in_stock", "serial")
                               .with("state", std::string(to_string(device->state)));
            else if (detail::live_token(tx, app->login_id, TokenKind::hardware))
                conflict = refuse("hardware_token_exists", "login_id");
        }
        return false;
    });
    return conflict;
}

Outcome<ApplicationView> ApplicationService::approve_step(const Actor& actor, std::int64_t id,
                                                          const std::string& device_code) {
    return run_step<ApplicationView>(ctx_.store, [&](Transaction& tx) -> Outcome<ApplicationView> {
        auto app = tx.applications().find(id);
        if (!app) return refuse("unknown_application", "application_id");
        if (auto bad = may_decide(actor, *app)) return *bad;
        const TimePoint now = ctx_.clock.now();
        // Claimed first: of two managers approving at once, the second waits here for the
        // first to finish and is then told who decided, rather than reading the first one's
        // effect as a broken rule or applying the effect a second time. A refusal below
        // rolls the claim back with everything else.
        app->state = ApplicationState::approved;
        app->checker_id = actor.staff_id;
        app->decided_at = now;
        if (auto lost = claim_decision(tx, *app)) return *lost;
        // Locked: two approvals for one user (a software and a hardware token, say) queue
        // here, so the second sees the first's token when the rules are checked again.
        auto user = tx.users().find_for_update(app->login_id);
        if (!user) throw Fault("application " + std::to_string(id) + " names a missing user");
        const Policy policy = detail::load_policy(tx);
        // Rule 1: state may have changed since entry, so every rule is checked again.
        auto rules = detail::check_application_rules(tx, policy, *app, *user, now);
        if (rules.refusal) return *rules.refusal;
        if (app->kind == ApplicationKind::revoke) {
            // Revoke acts on the token live now, which must be the one the form named.
            if (!rules.token || (app->token_id != 0 && rules.token->id != app->token_id))
                return refuse("no_live_token", "login_id");
        }
        std::optional<Token> token;
        if (app->kind == ApplicationKind::hardware_token) {
            auto handed = hand_over_device(ctx_, tx, policy, *app, device_code, now);
            if (!handed) return handed.refusal();
            token = handed.value();
        } else if (!device_code.empty()) {
            return refuse("device_code_not_expected", "otp");
        } else {
            token = apply_effect(ctx_, tx, policy, *app, *user, rules.token, now);
        }
        tx.applications().update(*app);
        switch (app->kind) {
            case ApplicationKind::software_token:
            case ApplicationKind::hardware_token:
                if (token) detail::host_event(ctx_, tx, "issued", app->login_id, token);
                break;
            case ApplicationKind::unlock:
                detail::host_event(ctx_, tx, "unlocked", app->login_id);
                break;
            case ApplicationKind::revoke:
                detail::host_event(ctx_, tx, "revoked", app->login_id, token);
                break;
            default:
                break;
        }
        audit(ctx_, tx, app->branch_code, actor.staff_id, "application_approved", app_target(id),
              std::string("kind=") + std::string(to_string(app->kind)) + " user=" + app->login_id);
        return ApplicationView{*app, std::move(token), rules.warnings};
    });
}

Outcome<ApplicationView> ApplicationService::close(const Actor& actor, std::int64_t id,
                                                   ApplicationState outcome,
                                                   const std::string& reason) {
    return run_step<ApplicationView>(ctx_.store, [&](Transaction& tx) -> Outcome<ApplicationView> {
        auto app = tx.applications().find(id);
        if (!app) return refuse("unknown_application", "application_id");
        if (outcome == ApplicationState::rejected) {
            if (auto bad = may_decide(actor, *app)) return *bad;
        } else {
            const bool is_maker = actor.staff_id == app->maker_id;
            const bool is_branch_manager =
                actor.role == Role::manager && actor.branch_code == app->branch_code;
            if (!is_maker && !is_branch_manager)
                return refuse("role_not_allowed", "as").with("role", "maker|manager");
            if (app->state != ApplicationState::entered) return already_decided(*app);
        }
        // Rule 12: closing a misuse report leaves its token stopped; nothing else to undo,
        // since nothing took effect before approval.
        app->state = outcome;
        app->checker_id = actor.staff_id;
        app->decided_at = ctx_.clock.now();
        app->decision_reason = reason;
        app->start_password_hash.clear();
        if (auto lost = claim_decision(tx, *app)) return *lost;
        audit(ctx_, tx, app->branch_code, actor.staff_id,
              "application_" + std::string(to_string(outcome)), app_target(id));
        return ApplicationView{*app, token_of(tx, *app), {}};
    });
}

Outcome<ApplicationView> ApplicationService::reject(const Actor& actor, std::int64_t id,
                                                    const std::string& reason) {
    if (auto bad = check_text("reason", reason, kMaxReasonChars)) return *bad;
    return close(actor, id, ApplicationState::rejected, reason);
}

Outcome<ApplicationView> ApplicationService::cancel(const Actor& actor, std::int64_t id) {
    return close(actor, id, ApplicationState::cancelled, {});
}

Outcome<ApplicationView> ApplicationService::show(const Actor& actor, std::int64_t id) {
    // Committed when refused too: an attempt to look at another branch's customer is recorded.
    return detail::run_counted_step<ApplicationView>(
        ctx_.store, [&](Transaction& tx) -> Outcome<ApplicationView> {
            auto app = tx.applications().find(id);
            if (!app) return refuse("unknown_application", "application_id");
            const std::string query = "application_id=" + std::to_string(id);
            if (!may_read_branch(detail::load_policy(tx), actor, app->branch_code)) {
                detail::record_customer_read(ctx_, tx, actor, "customer_read_refused",
                                             app_target(id), query, {app->contract_number});
                return detail::other_branch_customer("application_id");
            }
            detail::record_customer_read(ctx_, tx, actor, "application_viewed", app_target(id),
                                         query, {app->contract_number});
            return ApplicationView{*app, token_of(tx, *app), {}};
        });
}

Outcome<std::vector<Application>> ApplicationService::list(const Actor& actor,
                                                           const ApplicationFilter& filter) {
    return run_step<std::vector<Application>>(
        ctx_.store, [&](Transaction& tx) -> Outcome<std::vector<Application>> {
            const Policy policy = detail::load_policy(tx);
            ApplicationFilter allowed = filter;
            if (!may_read_other_branches(policy, actor.role)) {
                // Another branch asked for by name is refused; no branch means one's own.
                if (allowed.branch_code && *allowed.branch_code != actor.branch_code)
                    return detail::other_branch_customer("branch");
                allowed.branch_code = actor.branch_code;
            }
            auto apps = tx.applications().list(allowed);
            std::vector<std::string> shown;
            for (const auto& app : apps) shown.push_back(app.contract_number);
            detail::record_customer_read(ctx_, tx, actor, "applications_listed", "applications",
                                         describe(allowed), std::move(shown));
            return apps;
        });
}

}  // namespace td::core
