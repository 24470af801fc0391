#include "commands.h"
#include "td/core/audit_service.h"

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
             const auto r = core::AuditService(env.context()).verify(a.optional_value("anchor"));
             Json heads = Json::object();
             for (const auto& [chain, head] : r.heads)
                 heads[chain] = {{"seq", head.seq}, {"head", head.mac}};
             Json j = {
                 {"intact", r.intact}, {"events_checked", r.events_checked}, {"chains", heads}};
             if (r.intact) return out.done(j);
             j["broken_event"] = {
                 {"chain", r.broken_chain}, {"seq", r.broken_seq}, {"reason", r.reason}};
             return out.refused(core::refuse("audit_chain_broken").with("reason", r.reason), j);
         }});
    return c;
}

}  // namespace td::cli
