#include <charconv>

#include "commands.h"
#include "json_views.h"
#include "prompt.h"
#include "td/core/application_service.h"
#include "td/core/names.h"

namespace td::cli {
namespace {

const std::set<std::string> kFormValues{"form-received", "visitor", "visitor-role", "memo"};
const std::set<std::string> kFormFlags{"seal-checked", "identity-checked"};

std::set<std::string> with_form(std::set<std::string> extra) {
    extra.insert(kFormValues.begin(), kFormValues.end());
    return extra;
}

core::FormInput form_of(const Arguments& a) {
    return {a.value("form-received"), a.flag("seal-checked"),  a.flag("identity-checked"),
            a.value("visitor"),       a.value("visitor-role"), a.value("memo")};
}

int intake_output(Output& out, const core::Outcome<core::IntakeResult>& r) {
    if (!r) return out.refused(r.refusal());
    const auto& res = r.value();
    Json j = {{"application_id", res.application.id},
              {"state", core::to_string(res.application.state)},
              {"kind", core::to_string(res.application.kind)},
              {"login_id", res.application.login_id}};
    if (res.generated_start_password) j["start_password"] = *res.generated_start_password;
    if (res.application.token_id != 0) j["token_id"] = res.application.token_id;
    if (!res.application.serial.empty()) j["serial"] = res.application.serial;
    if (res.application.kind == core::ApplicationKind::contract_update)
        j["changes"] = changes_json(res.application);
    return out.done(j, res.warnings);
}

using Step = core::Outcome<core::ApplicationView> (core::ApplicationService::*)(const core::Actor&,
                                                                                std::int64_t);

int decision(CliEnv& env, Output& out, const Arguments& a, Step step) {
    auto actor = env.actor();
    if (!actor) return out.refused(actor.refusal());
    const auto id = positive_id(a.positional(0));
    if (!id) return out.refused(core::refuse("unknown_application", "application_id"));
    core::ApplicationService service(env.context());
    auto r = (service.*step)(actor.value(), *id);
    if (!r) return out.refused(r.refusal());
    return out.done(application_json(r.value().application, r.value().token), r.value().warnings);
}

// "--start-password -": from TOKENDESK_START_PASSWORD, else asked without echo, else one
// line of standard input, so that the customer's password is never in the process list.
std::string start_password(const Arguments& a) {
    if (!a.optional_value("start-password")) return {};
    return secret_option(a.value("start-password"), "TOKENDESK_START_PASSWORD",
                         "Usage-start password: ");
}

}  // namespace

std::vector<Command> application_commands() {
    std::vector<Command> c;

    c.push_back(
        {{{"contract", "update"},
          "NUMBER",
          with_form({"company", "company-kana", "representative", "representative-title", "postal",
                     "address", "phone", "user"}),
          kFormFlags,
          {},
          "enter a correction of a contract's details (applied when a manager approves it)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             core::ContractUpdateRequest req;
             req.contract_number = a.positional(0);
             req.login_id = a.value("user");
             req.fields = {
                 a.optional_value("company"),        a.optional_value("company-kana"),
                 a.optional_value("representative"), a.optional_value("representative-title"),
                 a.optional_value("postal"),         a.optional_value("address"),
                 a.optional_value("phone")};
             req.form = form_of(a);
             return intake_output(
                 out,
                 core::ApplicationService(env.context()).apply_contract_update(actor.value(), req));
         }});

    c.push_back(
        {{{"contract", "close"},
          "NUMBER",
          with_form({"user"}),
          kFormFlags,
          {},
          "enter the close of a contract (解約), refused while any of its tokens is live or any of "
          "its users has a procedure waiting (in effect when a manager approves it)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             core::ContractCloseRequest req;
             req.contract_number = a.positional(0);
             req.login_id = a.value("user");
             req.form = form_of(a);
             return intake_output(
                 out, core::ApplicationService(env.context()).apply_contract_close(actor.value(), req));
         }});

    c.push_back(
        {{{"apply", "software-token"},
          "LOGIN_ID",
          with_form({"start-password"}),
          {"seal-checked", "identity-checked", "generate-start-password", "online"},
          {},
          "enter an application for a software token (--online: the customer issues it in "
          "internet banking after approval, choosing the start password there)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             const int ways = int(a.flag("generate-start-password")) +
                              int(a.optional_value("start-password").has_value()) +
                              int(a.flag("online"));
             if (ways != 1)
                 throw UsageError(
                     "give exactly one of --start-password DIGITS, --generate-start-password or "
                     "--online");
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             core::SoftwareTokenRequest req{a.positional(0), start_password(a),
                                            a.flag("generate-start-password"), form_of(a),
                                            a.flag("online")};
             return intake_output(
                 out,
                 core::ApplicationService(env.context()).apply_software_token(actor.value(), req));
         }});

    c.push_back({{{"apply", "hardware-token"},
                  "LOGIN_ID",
                  with_form({"serial"}),
                  kFormFlags,
                  {"serial"},
                  "enter an application for a hardware token from the branch's stock"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     return intake_output(
                         out,
                         core::ApplicationService(env.context())
                             .apply_hardware_token(
                                 actor.value(), {a.positional(0), a.value("serial"), form_of(a)}));
                 }});

    c.push_back({{{"apply", "unlock"},
                  "LOGIN_ID",
                  with_form({}),
                  kFormFlags,
                  {},
                  "enter a written-form unlock"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     return intake_output(
                         out, core::ApplicationService(env.context())
                                  .apply_unlock(actor.value(), {a.positional(0), form_of(a)}));
                 }});

    c.push_back({{{"apply", "revoke"},
                  "LOGIN_ID",
                  with_form({"reason"}),
                  kFormFlags,
                  {"reason"},
                  "enter a written-form revoke"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     return intake_output(
                         out, core::ApplicationService(env.context())
                                  .apply_revoke(actor.value(),
                                                {a.positional(0), a.value("reason"), form_of(a)}));
                 }});

    c.push_back({{{"apply", "misuse-report"},
                  "LOGIN_ID",
                  with_form({"details"}),
                  kFormFlags,
                  {"details"},
                  "record a misuse report; the token stops at once"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     return intake_output(
                         out,
                         core::ApplicationService(env.context())
                             .apply_misuse_report(
                                 actor.value(), {a.positional(0), a.value("details"), form_of(a)}));
                 }});

    c.push_back({{{"approve"},
                  "APP_ID",
                  {"otp"},
                  {},
                  {},
                  "approve an application (manager, not its maker); a hardware token with "
                  "--otp, the code its device shows"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     const auto id = positive_id(a.positional(0));
                     if (!id)
                         return out.refused(core::refuse("unknown_application", "application_id"));
                     auto r = core::ApplicationService(env.context())
                                  .approve(actor.value(), *id, a.value("otp"));
                     if (!r) return out.refused(r.refusal());
                     return out.done(application_json(r.value().application, r.value().token),
                                     r.value().warnings);
                 }});

    c.push_back({{{"cancel"},
                  "APP_ID",
                  {},
                  {},
                  {},
                  "cancel an entered application (its maker or a manager)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return decision(env, out, a, &core::ApplicationService::cancel);
                 }});

    c.push_back({{{"reject"},
                  "APP_ID",
                  {"reason"},
                  {},
                  {"reason"},
                  "send an application back (manager, not its maker)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     const auto id = positive_id(a.positional(0));
                     if (!id)
                         return out.refused(core::refuse("unknown_application", "application_id"));
                     auto r = core::ApplicationService(env.context())
                                  .reject(actor.value(), *id, a.value("reason"));
                     if (!r) return out.refused(r.refusal());
                     return out.done(application_json(r.value().application, r.value().token));
                 }});

    c.push_back({{{"application", "show"}, "APP_ID", {}, {}, {}, "show one application (recorded)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return decision(env, out, a, &core::ApplicationService::show);
                 }});

    c.push_back({{{"application", "list"},
                  "",
                  {"state", "branch", "login-id"},
                  {},
                  {},
                  "list applications"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     core::ApplicationFilter filter;
                     if (auto s = a.optional_value("state")) {
                         filter.state = core::parse_enum<core::ApplicationState>(*s);
                         if (!filter.state)
                             return out.refused(
                                 core::refuse("invalid_choice", "state")
                                     .with("choices", "entered|approved|rejected|cancelled"));
                     }
                     filter.branch_code = a.optional_value("branch");
                     filter.login_id = a.optional_value("login-id");
                     auto r = core::ApplicationService(env.context()).list(actor.value(), filter);
                     if (!r) return out.refused(r.refusal());
                     Json list = Json::array();
                     for (const auto& app : r.value())
                         list.push_back(application_json(app, std::nullopt));
                     return out.done({{"applications", list}});
                 }});
    return c;
}

}  // namespace td::cli
