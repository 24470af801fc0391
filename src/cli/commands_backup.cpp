// db backup / db restore: they open no TokenDesk session and sign no one in. Whoever may read
// the database (its file, or its server's credentials) may copy it; a restore fills only an
// empty database.
#include "commands.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/database_backup.h"
#include "td/runtime/runtime.h"
#include "td/runtime/settings_file.h"
#include "td/store/open_store.h"

namespace td::cli {
namespace {

int by_hand(Output& out, const store::RunByHand& e) {
    return out.refused(core::refuse("run_by_hand", "").with("why", e.what()).with("command",
                                                                                  e.command()),
                       {{"command", e.command()}});
}

}  // namespace

std::vector<OfflineCommand> backup_commands() {
    std::vector<OfflineCommand> c;
    c.push_back(
        {{{"db", "backup"},
          "",
          {"out"},
          {},
          {"out"},
          "write a consistent copy of the database to a new file while desktops work "
          "(SQLite: its online copy; PostgreSQL: pg_dump, custom format); the key file is "
          "backed up apart (key backup)"},
         [](const GlobalOptions& globals, Output& out, const Arguments& a) {
             if (globals.as) return out.usage("db backup signs no one in");
             const auto settings = runtime::load_settings();
             const std::string url = runtime::database_url(globals.db, settings);
             try {
                 const auto made = runtime::backup_database(
                     url, platform::path_from_utf8(a.value("out")));
                 return out.done({{"database", store::database_label(url)},
                                  {"file", platform::utf8_of(made.file)},
                                  {"bytes", made.bytes},
                                  {"method", made.method},
                                  {"schema_version", made.schema_version}});
             } catch (const store::RunByHand& e) {
                 return by_hand(out, e);
             }
         }});
    c.push_back(
        {{{"db", "restore"},
          "FILE",
          {},
          {},
          {},
          "fill an empty database from a db backup file; the key file must be the one the "
          "backup was made under (key restore first)"},
         [](const GlobalOptions& globals, Output& out, const Arguments& a) {
             if (globals.as) return out.usage("db restore signs no one in");
             const auto settings = runtime::load_settings();
             const std::string url = runtime::database_url(globals.db, settings);
             const std::string key = runtime::key_file_path(globals.key_file, settings);
             try {
                 runtime::restore_database(url, platform::path_from_utf8(key),
                                           platform::path_from_utf8(a.positional(0)));
             } catch (const store::RunByHand& e) {
                 return by_hand(out, e);
             }
             return out.done({{"database", store::database_label(url)},
                              {"restored_from", a.positional(0)},
                              {"schema_version", store::stored_schema_version(url)}});
         }});
    return c;
}

}  // namespace td::cli
