#include "commands.h"
#include "td/core/audit_service.h"
#include "td/core/integrity_service.h"

namespace td::cli {

std::vector<Command> audit_commands() {
    std::vector<Command> c;
    c.push_back(
        {{{"audit", "verify"},
          "",
          {"anchor"},
          {},
          {},
          "check every audit chain (and an anchor printed earlier)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             const auto anchor = a.optional_value("anchor");
             const auto checked = core::AuditService(env.context()).verify(anchor);
             if (!checked) return out.refused(checked.refusal());
             const auto& r = checked.value();
             Json heads = Json::object();
             for (const auto& [chain, head] : r.heads)
                 heads[chain] = {{"seq", head.seq}, {"head", head.mac}, {"key", head.key_id}};
             Json j = {{"intact", r.intact},
                       {"events_checked", r.events_checked},
                       {"chains", heads},
                       {"keys_used", r.keys_used}};
             if (r.intact) return out.done(j);
             j["broken_event"] = {
                 {"chain", r.broken_chain}, {"seq", r.broken_seq}, {"reason", r.reason}};
             return out.refused(core::chain_refusal(r, anchor), j);
         }});
    c.push_back({{{"audit", "reads"},
                  "CONTRACT_NUMBER",
                  {},
                  {},
                  {},
                  "who was shown a customer's data, and when (manager of its branch, admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto r = core::AuditService(env.context())
                                  .reads_of(actor.value(), a.positional(0));
                     if (!r) return out.refused(r.refusal());
                     Json reads = Json::array();
                     for (const auto& e : r.value())
                         reads.push_back({{"at", core::format_japan_iso(e.at)},
                                          {"staff_id", e.actor},
                                          {"action", e.action},
                                          {"target", e.target},
                                          {"detail", e.detail},
                                          {"chain", e.chain},
                                          {"seq", e.seq}});
                     return out.done({{"contract_number", a.positional(0)}, {"reads", reads}});
                 }});
    c.push_back(
        {{{"db", "check"},
          "",
          {},
          {},
          {},
          "check the database's invariants and every audit chain (admin)"},
         [](CliEnv& env, Output& out, const Arguments&) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             auto r = core::IntegrityService(env.context()).check(actor.value());
             if (!r) return out.refused(r.refusal());
             const auto& report = r.value();
             Json problems = Json::array();
             for (const auto& p : report.problems)
                 problems.push_back({{"code", p.code}, {"target", p.target}, {"detail", p.detail}});
             Json j = {{"clean", report.clean()},
                       {"tokens_checked", report.tokens_checked},
                       {"applications_checked", report.applications_checked},
                       {"events_checked", report.audit.events_checked},
                       {"seeds_checked", report.seeds_checked},
                       {"problems", problems}};
             if (report.clean()) return out.done(j);
             return out.refused(core::refuse("database_check_failed")
                                    .with("count", std::to_string(report.problems.size())),
                                j);
         }});
    return c;
}

}  // namespace td::cli
