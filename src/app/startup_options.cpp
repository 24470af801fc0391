#include "startup_options.h"

#include "td/core/outcome.h"
#include "td/runtime/runtime.h"

namespace td::app {

StartupOptions resolve_startup(const std::optional<std::string>& db_flag,
                               const std::optional<std::string>& key_file_flag) {
    StartupOptions o;
    runtime::Settings settings;
    try {
        settings = runtime::load_settings();
    } catch (const core::Fault& e) {
        // Started anyway on the defaults, so the administrator can mend it in the settings.
        o.settings_problem = e.what();
    }
    o.database_url = runtime::database_url(db_flag, settings);
    o.key_file = runtime::key_file_path(key_file_flag, settings);
    if (settings.language)
        o.language = *settings.language == "ja" ? core::Language::ja : core::Language::en;
    if (settings.lock_minutes) o.lock_minutes = *settings.lock_minutes;
    if (settings.printer) o.printer = *settings.printer;
    return o;
}

}  // namespace td::app
