#include "commands.h"
#include "json_views.h"
#include "prompt.h"
#include "td/core/names.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"

namespace td::cli {

std::vector<Command> setup_commands() {
    std::vector<Command> c;

    c.push_back({{{"db", "init"},
                  "",
                  {},
                  {},
                  {},
                  "create the database and its key file, or upgrade the database; write policy defaults"},
                 [](CliEnv& env, Output& out, const Arguments&) {
                     core::PolicyService(env.context()).ensure_defaults();
                     const bool empty = core::StaffService(env.context()).needs_bootstrap();
                     return out.done({{"database", env.database_url()},
                                      {"initialized", true},
                                      {"needs_first_admin", empty}});
                 },
                 /*creates_database=*/true});

    c.push_back(
        {{{"branch", "add"},
          "CODE",
          {"name", "address", "phone"},
          {},
          {"name"},
          "add a branch (admin)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.optional_actor();
             if (!actor) return out.refused(actor.refusal());
             auto r = core::StaffService(env.context())
                          .add_branch(actor.value(), {a.positional(0), a.value("name"),
                                                      a.value("address"), a.value("phone")});
             if (!r) return out.refused(r.refusal());
             const auto& b = r.value();
             return out.done(
                 {{"code", b.code}, {"name", b.name}, {"address", b.address}, {"phone", b.phone}});
         }});

    c.push_back(
        {{{"staff", "add"},
          "ID",
          {"name", "branch", "role"},
          {},
          {"name", "branch", "role"},
          "add a member of staff (admin); password from TOKENDESK_NEW_PASSWORD or a prompt"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.optional_actor();
             if (!actor) return out.refused(actor.refusal());
             const std::string password = read_secret("TOKENDESK_NEW_PASSWORD",
                                                      "New password for " + a.positional(0) + ": ");
             auto r = core::StaffService(env.context())
                          .add_staff(actor.value(), {a.positional(0), a.value("name"),
                                                     a.value("branch"), a.value("role"), password});
             if (!r) return out.refused(r.refusal());
             const auto& s = r.value();
             return out.done({{"staff_id", s.id},
                              {"name", s.name},
                              {"branch", s.branch_code},
                              {"role", core::to_string(s.role)}});
         }});

    c.push_back({{{"staff", "reset-password"},
                  "ID",
                  {},
                  {},
                  {},
                  "set a new password and clear a lock (admin); password from "
                  "TOKENDESK_NEW_PASSWORD or a prompt"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     const std::string password = read_secret(
                         "TOKENDESK_NEW_PASSWORD", "New password for " + a.positional(0) + ": ");
                     auto r = core::StaffService(env.context())
                                  .reset_password(actor.value(), a.positional(0), password);
                     if (!r) return out.refused(r.refusal());
                     return out.done({{"staff_id", r.value().id}, {"locked", false}});
                 }});

    c.push_back({{{"policy", "show"}, "", {}, {}, {}, "show the policy values"},
                 [](CliEnv& env, Output& out, const Arguments&) {
                     return out.done(
                         {{"policy", policy_json(core::PolicyService(env.context()).current())}});
                 }});

    c.push_back({{{"policy", "set"}, "KEY VALUE", {}, {}, {}, "change a policy value (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto r = core::PolicyService(env.context())
                                  .set(actor.value(), a.positional(0), a.positional(1));
                     if (!r) return out.refused(r.refusal());
                     return out.done({{"policy", policy_json(r.value())}});
                 }});
    return c;
}

}  // namespace td::cli
