// A short guided walk through a software token's life, on its own database.
#include <iostream>

#include "commands.h"
#include "td/core/application_service.h"
#include "td/core/audit_service.h"
#include "td/core/customer_service.h"
#include "td/core/messages.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/token_service.h"

namespace td::cli {
namespace {

class Narrator {
  public:
    explicit Narrator(core::Language lang) : ja_(lang == core::Language::ja) {}
    void step(const char* ja, const char* en) {
        std::cout << "\n[" << ++n_ << "] " << (ja_ ? ja : en) << "\n";
    }
    void say(const std::string& text) { std::cout << "    " << text << "\n"; }
    template <class T>
    const T& must(const core::Outcome<T>& r) {
        if (!r) throw core::Fault("demo step refused: " + r.refusal().code);
        return r.value();
    }
    bool ja() const { return ja_; }

  private:
    bool ja_;
    int n_ = 0;
};

std::string current_code(core::Context& ctx, const std::string& secret_source_login,
                         core::Store& store) {
    std::string code;
    store.run([&](core::Transaction& tx) {
        for (const auto& t : tx.tokens().for_user(secret_source_login))
            if (t.state == core::TokenState::active) {
                const auto seed = ctx.crypto.vault.unseal(t.sealed_seed);
                const auto step = ctx.clock.now().time_since_epoch().count() / t.period;
                code = ctx.crypto.otp.hotp(seed.view(), std::uint64_t(step), t.digits, t.algorithm);
            }
        return false;
    });
    return code;
}

int run_demo(CliEnv& env, Output& out) {
    core::Context ctx = env.context();
    core::StaffService staff(ctx);
    if (!staff.needs_bootstrap())
        return out.refused(core::refuse("demo_needs_empty_database", "db"));
    Narrator n(env.language());
    core::PolicyService(ctx).ensure_defaults();

    n.step("初期設定：本店・管理者・担当者・役席者を登録します。",
           "Set-up: a branch, an administrator, a teller and a manager.");
    n.must(staff.add_branch(std::nullopt,
                            {"001", "本店営業部", "東京都千代田区丸の内1-1-1", "03-1234-5678"}));
    n.must(staff.add_staff(std::nullopt, {"admin", "管理 一郎", "001", "admin", "demo-admin-pw"}));
    const auto admin = n.must(staff.sign_in("admin", "demo-admin-pw"));
    // Each replaces the password the administrator gave, as at a first sign-in.
    n.must(staff.add_staff(admin, {"teller1", "窓口 花子", "001", "teller", "demo-first-pw"}));
    n.must(staff.change_password("teller1", "demo-first-pw", "demo-teller-pw"));
    n.must(staff.add_staff(admin, {"manager1", "検印 次郎", "001", "manager", "demo-first-pw"}));
    n.must(staff.change_password("manager1", "demo-first-pw", "demo-manager-pw"));
    const auto teller = n.must(staff.sign_in("teller1", "demo-teller-pw"));
    const auto manager = n.must(staff.sign_in("manager1", "demo-manager-pw"));
    n.say(
        "staff: admin / teller1 / manager1 (passwords demo-admin-pw, demo-teller-pw, "
        "demo-manager-pw)");

    n.step("法人契約と利用者（マスターユーザ）を登録します。",
           "A corporate contract and its master user.");
    core::CustomerService customers(ctx);
    n.must(customers.add_contract(
        teller, {"1000001", "株式会社さくら商事", "カブシキガイシャサクラショウジ", "桜井 太郎",
                 "代表取締役", "100-0005", "東京都千代田区丸の内2-2-2", "03-9876-5432", "001"}));
    n.must(customers.add_user(
        teller, {"sakura01", "1000001", "桜井 太郎", "master", "sakura.taro@docomo.ne.jp"}));
    n.say("login ID sakura01, mobile sakura.taro@docomo.ne.jp");

    n.step("担当者がソフトウェアトークンの申込を起票します（利用開始パスワードはお客様が入力）。",
           "The teller enters a software-token application; the customer keys in a usage-start "
           "password.");
    core::ApplicationService apps(ctx);
    const auto intake = n.must(apps.apply_software_token(
        teller, {"sakura01", "2580", false, {"", true, true, "桜井 太郎", "principal", ""}}));
    n.say("application " + std::to_string(intake.application.id) + ": entered (検印待ち)");

    n.step("担当者（役席でない職員）は検印できません。",
           "A teller cannot approve: only a manager who did not enter it can.");
    n.say(
        core::message_text(apps.approve(teller, intake.application.id).refusal(), env.language()));

    n.step("役席者が検印し、トークンが発行されます。",
           "The manager approves; the token is issued.");
    const auto approved = n.must(apps.approve(manager, intake.application.id));
    n.say("service ID " + approved.token->service_id + ", token user ID " +
          approved.token->token_user_id);

    n.step("お客様がアプリで初期設定を行います。",
           "The customer does the initial setup in the app.");
    core::TokenService tokens(ctx);
    n.must(tokens.activate({approved.token->service_id, approved.token->token_user_id, "2580"}));
    n.say("token active; the seed went to the app once");

    n.step("ワンタイムパスワードでログインします（同じコードは2度使えません）。",
           "A login with the one-time password; the same code is refused the second time.");
    const std::string code = current_code(ctx, "sakura01", ctx.store);
    n.say(code + " -> " +
          (n.must(tokens.verify_otp("sakura01", code)).accepted ? "accepted" : "refused"));
    n.say(code + " -> " +
          (n.must(tokens.verify_otp("sakura01", code)).accepted ? "accepted" : "refused"));

    n.step("誤ったコードが続くと利用停止になります。", "Repeated wrong codes lock the user.");
    core::OtpResult last;
    for (int i = 0; i < 5; ++i) last = n.must(tokens.verify_otp("sakura01", "000000"));
    n.say(std::string("otp_state: ") +
          (last.otp_state == core::OtpState::locked ? "locked" : "active"));

    n.step("マスターユーザの利用停止解除は書面で受け付け、検印で解除されます。",
           "A master user is unlocked on a written form, with approval.");
    const auto unlock = n.must(
        apps.apply_unlock(teller, {"sakura01", {"", true, true, "桜井 太郎", "principal", ""}}));
    n.must(apps.approve(manager, unlock.application.id));
    n.say("unlocked");

    n.step("携帯電話を紛失：書面で失効し、再発行可能時刻を確認します。",
           "The phone is lost: a written revoke, then the earliest re-issue time.");
    const auto revoke = n.must(apps.apply_revoke(
        teller, {"sakura01", "lost", {"", true, true, "桜井 太郎", "principal", ""}}));
    n.must(apps.approve(manager, revoke.application.id));
    const auto view = n.must(customers.show_user(teller, "sakura01"));
    if (view.earliest_issue_at)
        n.say("earliest re-issue: " + core::format_japan_iso(*view.earliest_issue_at));

    n.step("監査証跡の鎖を検証します。", "The audit chains are verified.");
    const auto check = n.must(core::AuditService(ctx).verify(std::nullopt));
    n.say(std::string("intact: ") + (check.intact ? "yes" : "no") +
          ", events: " + std::to_string(check.events_checked));
    n.say("database: " + env.database_url());
    std::cout << "\n"
              << (n.ja() ? "続けて tokendesk-cli --db " : "Go on with tokendesk-cli --db ")
              << env.database_url() << " --as teller1 user show sakura01\n";
    return kDone;
}

}  // namespace

std::vector<Command> demo_commands() {
    std::vector<Command> c;
    c.push_back({{{"demo"},
                  "",
                  {},
                  {},
                  {},
                  "a guided walk through a software token's life (needs an empty database)"},
                 [](CliEnv& env, Output& out, const Arguments&) { return run_demo(env, out); },
                 /*creates_database=*/true});
    return c;
}

}  // namespace td::cli
