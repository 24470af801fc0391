#include "commands.h"
#include "json_views.h"
#include "td/core/admin_service.h"

namespace td::cli {
namespace {

Json status_json(const core::AdminStatus& s) {
    return {{"active_admins", s.active_admins}, {"dual_control", s.dual_control}};
}

int change_list(Output& out, core::AdminService& admin,
                const core::Outcome<std::vector<core::AdminChange>>& r) {
    if (!r) return out.refused(r.refusal());
    Json list = Json::array();
    for (const auto& c : r.value()) list.push_back(admin_change_json(c));
    return out.done({{"administration", status_json(admin.status())}, {"changes", list}});
}

}  // namespace

std::vector<Command> admin_commands() {
    std::vector<Command> c;

    c.push_back({{{"admin", "pending"},
                  "",
                  {},
                  {},
                  {},
                  "list the administrative changes waiting for a second administrator (admin)"},
                 [](CliEnv& env, Output& out, const Arguments&) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     core::AdminService admin(env.context());
                     return change_list(out, admin, admin.pending(actor.value()));
                 }});

    c.push_back({{{"admin", "history"},
                  "",
                  {"limit"},
                  {},
                  {},
                  "list the latest administrative changes in any state, newest first (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     const auto limit = positive_id(a.value("limit", "50"));
                     if (!limit || *limit > 1000)
                         return out.refused(core::refuse("digits_length", "limit")
                                                .with("min", "1")
                                                .with("max", "4"));
                     core::AdminService admin(env.context());
                     return change_list(out, admin,
                                        admin.history(actor.value(), std::size_t(*limit)));
                 }});

    c.push_back({{{"admin", "approve"},
                  "ID",
                  {},
                  {},
                  {},
                  "approve an administrative change (another administrator than its maker)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     const auto id = positive_id(a.positional(0));
                     if (!id) return out.refused(core::refuse("unknown_admin_change", "change"));
                     auto r = core::AdminService(env.context()).approve(actor.value(), *id);
                     if (!r) return out.refused(r.refusal());
                     return out.done(admin_change_json(r.value()));
                 }});

    c.push_back({{{"admin", "reject"},
                  "ID",
                  {"reason"},
                  {},
                  {"reason"},
                  "reject an administrative change, or withdraw one's own (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     const auto id = positive_id(a.positional(0));
                     if (!id) return out.refused(core::refuse("unknown_admin_change", "change"));
                     auto r = core::AdminService(env.context())
                                  .reject(actor.value(), *id, a.value("reason"));
                     if (!r) return out.refused(r.refusal());
                     return out.done(admin_change_json(r.value()));
                 }});
    return c;
}

}  // namespace td::cli
