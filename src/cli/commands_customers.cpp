#include "commands.h"
#include "json_views.h"
#include "td/core/customer_service.h"

namespace td::cli {

std::vector<Command> customer_commands() {
    std::vector<Command> c;

    c.push_back({{{"contract", "add"},
                  "NUMBER",
                  {"company", "company-kana", "representative", "representative-title", "postal",
                   "address", "phone", "branch"},
                  {},
                  {"company", "company-kana", "representative", "postal", "address", "branch"},
                  "register a corporate contract"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     core::AddContractRequest req{a.positional(0),
                                                  a.value("company"),
                                                  a.value("company-kana"),
                                                  a.value("representative"),
                                                  a.value("representative-title"),
                                                  a.value("postal"),
                                                  a.value("address"),
                                                  a.value("phone"),
                                                  a.value("branch")};
                     auto r = core::CustomerService(env.context()).add_contract(actor.value(), req);
                     if (!r) return out.refused(r.refusal());
                     return out.done(contract_json(r.value()));
                 }});

    c.push_back({{{"user", "add"},
                  "LOGIN_ID",
                  {"contract", "name", "kind", "mobile-email"},
                  {},
                  {"contract", "name", "kind"},
                  "register a user of a contract"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto r = core::CustomerService(env.context())
                                  .add_user(actor.value(),
                                            {a.positional(0), a.value("contract"), a.value("name"),
                                             a.value("kind"), a.value("mobile-email")});
                     if (!r) return out.refused(r.refusal());
                     return out.done(user_json(r.value()));
                 }});

    c.push_back({{{"user", "update"},
                  "LOGIN_ID",
                  {"name", "mobile-email"},
                  {},
                  {},
                  "change a user's name or mobile e-mail"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto r =
                         core::CustomerService(env.context())
                             .update_user(actor.value(), {a.positional(0), a.optional_value("name"),
                                                          a.optional_value("mobile-email")});
                     if (!r) return out.refused(r.refusal());
                     return out.done(user_json(r.value()));
                 }});

    c.push_back(
        {{{"user", "show"},
          "LOGIN_ID",
          {},
          {},
          {},
          "show a user, their tokens and procedures (recorded)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             auto r =
                 core::CustomerService(env.context()).show_user(actor.value(), a.positional(0));
             if (!r) return out.refused(r.refusal());
             return out.done(user_view_json(r.value()));
         }});
    return c;
}

}  // namespace td::cli
