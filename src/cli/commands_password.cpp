// password change: a member of staff's own password (docs/cli.md, "Staff passwords").
#include "commands.h"
#include "json_views.h"
#include "prompt.h"
#include "td/core/staff_service.h"

namespace td::cli {

std::vector<Command> password_commands() {
    std::vector<Command> c;
    Command change{
        {{"password", "change"},
         "",
         {},
         {},
         {},
         "change your own password (--as ID): the current one from TOKENDESK_PASSWORD or a "
         "prompt, the new one from TOKENDESK_NEW_PASSWORD or typed twice"},
        [](CliEnv& env, Output& out, const Arguments&) {
            const auto& as = env.globals().as;
            if (!as) return out.refused(core::refuse("sign_in_required", "as"));
            const std::string current =
                read_secret("TOKENDESK_PASSWORD", "Current password for " + *as + ": ");
            const auto next = read_new_secret("TOKENDESK_NEW_PASSWORD", "New password: ",
                                              "The same new password again: ");
            if (!next) return out.refused(core::refuse("password_mismatch", "new_password"));
            auto r = core::StaffService(env.context()).change_password(*as, current, *next);
            if (!r) return out.refused(r.refusal());
            return out.done({{"staff_id", r.value().staff_id},
                             {"expires_at", time_json(r.value().expires_at)}});
        }};
    change.signs_in_itself = true;
    c.push_back(std::move(change));
    return c;
}

}  // namespace td::cli
