#include "cli_env.h"

#include <cstdlib>

#include "prompt.h"
#include "td/core/staff_service.h"

namespace td::cli {

core::Language cli_language(const GlobalOptions& globals) {
    std::string l = globals.lang ? *globals.lang : "";
    if (l.empty())
        for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
            if (const char* v = std::getenv(var); v && *v) {
                l = v;
                break;
            }
    return l.rfind("ja", 0) == 0 ? core::Language::ja : core::Language::en;
}

CliEnv::CliEnv(const GlobalOptions& globals, runtime::Opening opening)
    : globals_(globals),
      language_(cli_language(globals)),
      settings_(runtime::load_settings()),
      url_(runtime::database_url(globals.db, settings_)),
      runtime_(url_, runtime::key_file_path(globals.key_file, settings_), runtime::make_clock(url_),
               runtime::test_fast_password_hashing(), opening) {}

core::Context CliEnv::context() {
    return runtime_.context();
}

core::Outcome<core::Actor> CliEnv::actor() {
    // Once per run: main signs in whenever --as is given, and the command asks again.
    if (!signed_in_) signed_in_.emplace(sign_in());
    return *signed_in_;
}

core::Outcome<core::Actor> CliEnv::sign_in() {
    if (!globals_.as) return core::refuse("sign_in_required", "as");
    const std::string password =
        read_secret("TOKENDESK_PASSWORD", "Password for " + *globals_.as + ": ");
    auto actor = core::StaffService(context()).sign_in(*globals_.as, password);
    // Core names the dialog's fields; on the command line both come in through --as.
    if (!actor) {
        core::Refusal refused = actor.refusal();
        refused.field = "as";
        return refused;
    }
    return actor;
}

core::DocumentRenderer& CliEnv::renderer() {
    return runtime_.renderer();
}

core::Outcome<std::optional<core::Actor>> CliEnv::optional_actor() {
    if (!globals_.as) return std::optional<core::Actor>{};
    auto a = actor();
    if (!a) return a.refusal();
    return std::optional<core::Actor>{a.value()};
}

}  // namespace td::cli
