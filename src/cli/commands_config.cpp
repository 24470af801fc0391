// config machine: the settings IT gives every user of the PC (the installer runs it with its
// DATABASE_URL and KEY_FILE properties).
#include <charconv>

#include "commands.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/machine_settings.h"
#include "td/store/open_store.h"

namespace td::cli {
namespace {

std::optional<int> whole_number(const std::string& text) {
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

Json shown(const runtime::Settings& s) {
    auto value = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); };
    return {{"file", platform::utf8_of(runtime::system_settings_path())},
            // Never the password: the database as messages name it.
            {"database", s.database ? Json(store::database_label(*s.database)) : Json(nullptr)},
            {"key_file", value(s.key_file)},
            {"printer", value(s.printer)},
            {"language", value(s.language)},
            {"lock_minutes", s.lock_minutes ? Json(*s.lock_minutes) : Json(nullptr)}};
}

}  // namespace

std::vector<OfflineCommand> config_commands() {
    std::vector<OfflineCommand> c;
    OfflineCommand machine{
        {{"config", "machine"},
         "",
         {"printer", "language", "lock-minutes"},
         {},
         {},
         "write this PC's settings for every user (tokendesk.conf in ProgramData or "
         "/etc/tokendesk) from --db, --key-file, --printer, --language, "
         "--lock-minutes, keeping what is not given; with none, show them"},
        nullptr};
    machine.run = [](const GlobalOptions& globals, Output& out, const Arguments& a) {
        if (globals.as)
            return out.usage("config machine signs no one in: it writes this PC's settings file");
        runtime::Settings changes;
        // Empty values are "not given", so an installer can pass every property it has.
        auto given = [](const std::optional<std::string>& v) {
            return v && !v->empty() ? v : std::nullopt;
        };
        changes.database = given(globals.db);
        changes.key_file = given(globals.key_file);
        changes.printer = given(a.optional_value("printer"));
        changes.language = given(a.optional_value("language"));
        if (auto minutes = given(a.optional_value("lock-minutes"))) {
            changes.lock_minutes = whole_number(*minutes);
            if (!changes.lock_minutes) return out.refused(runtime::lock_minutes_out_of_range());
        }
        if (auto refused = runtime::check_machine_settings(changes)) return out.refused(*refused);
        const bool any = changes.database || changes.key_file || changes.printer ||
                         changes.language || changes.lock_minutes;
        const runtime::Settings now =
            any ? runtime::update_machine_settings(changes)
                : runtime::read_settings_file(runtime::system_settings_path());
        return out.done(shown(now));
    };
    c.push_back(std::move(machine));
    return c;
}

}  // namespace td::cli
