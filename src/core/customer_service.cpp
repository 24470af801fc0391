#include "td/core/customer_service.h"

#include "customer_reads.h"
#include "step.h"
#include "td/core/kana.h"
#include "td/core/reissue_rule.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::run_step;

namespace {

Check may_edit_customers(const Actor& actor, const std::string& branch_code) {
    if (actor.role == Role::admin) return std::nullopt;
    if (actor.branch_code != branch_code)
        return refuse("wrong_branch", "as").with("branch", branch_code);
    return std::nullopt;
}

Check check_mobile_email_if_given(const std::string& email, Transaction& tx) {
    if (email.empty()) return std::nullopt;
    return check_mobile_email("mobile_email", email, detail::load_policy(tx).mobile_domains);
}

}  // namespace

std::optional<TimePoint> reissue_restriction(const std::vector<Token>& tokens, TimePoint now) {
    std::optional<TimePoint> latest;
    for (const auto& t : tokens)
        if (t.state == TokenState::revoked && t.ended_at && (!latest || *t.ended_at > *latest))
            latest = t.ended_at;
    if (!latest) return std::nullopt;
    const TimePoint earliest = earliest_reissue(*latest);
    if (earliest <= now) return std::nullopt;
    return earliest;
}

Outcome<Contract> CustomerService::add_contract(const Actor& actor, const AddContractRequest& req) {
    if (auto bad = check_contract_number("number", req.number)) return *bad;
    if (auto bad = check_text("company", req.company_name, kMaxNameChars)) return *bad;
    // Kept in full-width katakana whatever the keyboard gave (ｻｸﾗ, さくら).
    const std::string kana = normalize_kana(req.company_kana);
    if (auto bad = check_kana("company_kana", kana)) return *bad;
    if (auto bad = check_text("representative", req.representative_name, kMaxNameChars, false))
        return *bad;
    if (auto bad =
            check_text("representative_title", req.representative_title, kMaxNameChars, false))
        return *bad;
    auto postal = normalize_postal_code("postal", req.postal_code);
    if (!postal) return postal.refusal();
    if (auto bad = check_text("address", req.address, kMaxAddressChars)) return *bad;
    if (auto bad = check_phone("phone", req.phone, false)) return *bad;
    if (auto bad = check_branch_code("branch", req.branch_code)) return *bad;
    return run_step<Contract>(ctx_.store, [&](Transaction& tx) -> Outcome<Contract> {
        if (auto bad = may_edit_customers(actor, req.branch_code)) return *bad;
        if (!tx.branches().find(req.branch_code)) return refuse("unknown_branch", "branch");
        if (auto taken = tx.contracts().key_ignoring_case(req.number))
            return refuse("already_exists", "number").with("existing", *taken);
        Contract c{req.number,
                   req.company_name,
                   kana,
                   req.representative_title,
                   req.representative_name,
                   postal.value(),
                   req.address,
                   req.phone,
                   req.branch_code};
        tx.contracts().insert(c);
        audit(ctx_, tx, c.branch_code, actor.staff_id, "contract_added", "contract:" + c.number);
        return c;
    });
}

Outcome<User> CustomerService::add_user(const Actor& actor, const AddUserRequest& req) {
    if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    if (auto bad = check_contract_number("contract", req.contract_number)) return *bad;
    if (auto bad = check_text("name", req.name, kMaxNameChars)) return *bad;
    const auto kind = parse_enum<UserKind>(req.kind);
    if (!kind) return refuse("invalid_choice", "kind").with("choices", "master|general");
    return run_step<User>(ctx_.store, [&](Transaction& tx) -> Outcome<User> {
        const auto contract = tx.contracts().find(req.contract_number);
        if (!contract) return refuse("unknown_contract", "contract");
        if (auto bad = may_edit_customers(actor, contract->branch_code)) return *bad;
        if (auto bad = check_mobile_email_if_given(req.mobile_email, tx)) return *bad;
        if (auto taken = tx.users().key_ignoring_case(req.login_id))
            return refuse("already_exists", "login_id").with("existing", *taken);
        User u{req.login_id,     req.contract_number, req.name, *kind,
               req.mobile_email, OtpState::active,    0};
        tx.users().insert(u);
        audit(ctx_, tx, contract->branch_code, actor.staff_id, "user_added", "user:" + u.login_id,
              "kind=" + std::string(to_string(u.kind)));
        return u;
    });
}

Outcome<User> CustomerService::update_user(const Actor& actor, const UpdateUserRequest& req) {
    if (auto bad = check_login_id("login_id", req.login_id)) return *bad;
    if (req.name)
        if (auto bad = check_text("name", *req.name, kMaxNameChars)) return *bad;
    return run_step<User>(ctx_.store, [&](Transaction& tx) -> Outcome<User> {
        auto user = tx.users().find(req.login_id);
        if (!user) return refuse("unknown_login_id", "login_id");
        const auto contract = tx.contracts().find(user->contract_number);
        if (!contract) throw Fault("user " + user->login_id + " has no contract");
        if (auto bad = may_edit_customers(actor, contract->branch_code)) return *bad;
        std::string changed;
        if (req.name) {
            user->name = *req.name;
            changed += "name ";
        }
        if (req.mobile_email) {
            if (auto bad = check_mobile_email_if_given(*req.mobile_email, tx)) return *bad;
            user->mobile_email = *req.mobile_email;
            changed += "mobile_email ";
        }
        tx.users().update(*user);
        audit(ctx_, tx, contract->branch_code, actor.staff_id, "user_updated",
              "user:" + user->login_id, "changed=" + changed);
        return *user;
    });
}

Outcome<UserView> CustomerService::show_user(const Actor& actor, const std::string& login_id) {
    if (auto bad = check_login_id("login_id", login_id)) return *bad;
    // Committed when refused too: an attempt to look at another branch's customer is recorded.
    return detail::run_counted_step<UserView>(
        ctx_.store, [&](Transaction& tx) -> Outcome<UserView> {
            auto user = tx.users().find(login_id);
            if (!user) return refuse("unknown_login_id", "login_id");
            const auto contract = tx.contracts().find(user->contract_number);
            if (!contract) throw Fault("user " + user->login_id + " has no contract");
            if (!may_read_branch(detail::load_policy(tx), actor, contract->branch_code)) {
                detail::record_customer_read(ctx_, tx, actor, "customer_read_refused",
                                             "user:" + login_id, "login_id=" + login_id,
                                             {contract->number});
                return detail::other_branch_customer("login_id");
            }
            UserView view{*user, *contract, tx.tokens().for_user(login_id),
                          tx.applications().list(ApplicationFilter::for_user(login_id)),
                          std::nullopt};
            view.earliest_issue_at = reissue_restriction(view.tokens, ctx_.clock.now());
            detail::record_customer_read(ctx_, tx, actor, "user_viewed", "user:" + login_id,
                                         "login_id=" + login_id, {contract->number});
            return view;
        });
}

}  // namespace td::core
