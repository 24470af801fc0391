// retention purge: the personal data of customers whose contracts and tokens ended before a
// date (docs/operations.md, "Retention"). The dry run lists; the purge is an administrative
// change under dual control.
#include "commands.h"
#include "json_views.h"
#include "td/core/retention_service.h"

namespace td::cli {
namespace {

Json candidates_json(const std::vector<core::PurgeCandidate>& contracts) {
    Json out = Json::array();
    for (const auto& c : contracts)
        out.push_back({{"contract_number", c.contract_number},
                       {"branch", c.branch_code},
                       {"closed_at", time_json(c.closed_at)},
                       {"last_token_end", time_json(c.last_token_end)},
                       {"users", c.users},
                       {"tokens", c.tokens},
                       {"applications", c.applications}});
    return out;
}

}  // namespace

std::vector<Command> retention_commands() {
    std::vector<Command> c;
    c.push_back(
        {{{"retention", "purge"},
          "",
          {"before"},
          {"dry-run"},
          {"before"},
          "remove the personal data of customers whose contracts and tokens ended before DATE "
          "(no later than the policy's retention_years ago); --dry-run lists them and changes "
          "nothing (admin; dual control)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             core::RetentionService retention(env.context());
             if (a.flag("dry-run")) {
                 auto plan = retention.plan(actor.value(), a.value("before"));
                 if (!plan) return out.refused(plan.refusal());
                 return out.done({{"dry_run", true},
                                  {"before", plan.value().before},
                                  {"latest_allowed", plan.value().latest_allowed},
                                  {"contracts", candidates_json(plan.value().contracts)}});
             }
             auto change = retention.purge(actor.value(), a.value("before"));
             if (!change) return out.refused(change.refusal());
             return out.done({{"dry_run", false},
                              {"before", a.value("before")},
                              {"change", admin_change_json(change.value())}});
         }});
    return c;
}

}  // namespace td::cli
