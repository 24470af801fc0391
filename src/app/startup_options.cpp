#include "startup_options.h"

#include "td/runtime/runtime.h"

namespace td::app {

StartupOptions resolve_startup(const std::optional<std::string>& db_flag,
                               const std::optional<std::string>& key_file_flag) {
    StartupOptions o;
    o.database_url = runtime::database_url(db_flag);
    o.key_file = runtime::key_file_path(key_file_flag);
    return o;
}

}  // namespace td::app
