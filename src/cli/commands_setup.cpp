#include <functional>

#include "commands.h"
#include "json_views.h"
#include "prompt.h"
#include "td/core/names.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/store/open_store.h"

namespace td::cli {
namespace {

using StaffCall = std::function<core::Outcome<core::AdminChange>(core::StaffService&,
                                                                 const core::Actor&)>;

int staff_change(CliEnv& env, Output& out, const Arguments& a, const StaffCall& call) {
    auto actor = env.actor();
    if (!actor) return out.refused(actor.refusal());
    core::StaffService staff(env.context());
    auto r = call(staff, actor.value());
    if (!r) return out.refused(r.refusal());
    return out.done({{"staff_id", a.positional(0)}, {"change", admin_change_json(r.value())}});
}

}  // namespace

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
                     return out.done({{"database", store::database_label(env.database_url())},
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
             return out.done({{"code", a.positional(0)},
                              {"name", a.value("name")},
                              {"address", a.value("address")},
                              {"phone", a.value("phone")},
                              {"change", admin_change_json(r.value())}});
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
             return out.done({{"staff_id", a.positional(0)},
                              {"name", a.value("name")},
                              {"branch", a.value("branch")},
                              {"role", a.value("role")},
                              {"change", admin_change_json(r.value())}});
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
                     // locked: false once cleared; null while the reset waits for approval.
                     const bool in_effect = r.value().state == core::AdminChangeState::approved;
                     return out.done({{"staff_id", a.positional(0)},
                                      {"locked", in_effect ? Json(false) : Json(nullptr)},
                                      {"change", admin_change_json(r.value())}});
                 }});

    c.push_back({{{"staff", "set-role"},
                  "ID",
                  {"role"},
                  {},
                  {"role"},
                  "change a member of staff's role: teller, manager or admin (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return staff_change(env, out, a, [&](core::StaffService& s,
                                                          const core::Actor& actor) {
                         return s.change_role(actor, a.positional(0), a.value("role"));
                     });
                 }});

    c.push_back({{{"staff", "disable"},
                  "ID",
                  {},
                  {},
                  {},
                  "stop a member of staff from signing in, e.g. when they leave (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return staff_change(env, out, a, [&](core::StaffService& s,
                                                          const core::Actor& actor) {
                         return s.disable(actor, a.positional(0));
                     });
                 }});

    c.push_back({{{"staff", "enable"},
                  "ID",
                  {},
                  {},
                  {},
                  "let a disabled member of staff sign in again (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return staff_change(env, out, a, [&](core::StaffService& s,
                                                          const core::Actor& actor) {
                         return s.enable(actor, a.positional(0));
                     });
                 }});

    c.push_back({{{"staff", "list"}, "", {}, {}, {}, "list the members of staff (admin)"},
                 [](CliEnv& env, Output& out, const Arguments&) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto r = core::StaffService(env.context()).list(actor.value());
                     if (!r) return out.refused(r.refusal());
                     Json list = Json::array();
                     for (const auto& s : r.value())
                         list.push_back({{"staff_id", s.id},
                                         {"name", s.name},
                                         {"branch", s.branch_code},
                                         {"role", core::to_string(s.role)},
                                         {"locked", s.locked},
                                         {"disabled", s.disabled}});
                     return out.done({{"staff", list}});
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
                     core::PolicyService policy(env.context());
                     auto r = policy.set(actor.value(), a.positional(0), a.positional(1));
                     if (!r) return out.refused(r.refusal());
                     return out.done({{"policy", policy_json(policy.current())},
                                      {"change", admin_change_json(r.value())}});
                 }});
    return c;
}

}  // namespace td::cli
