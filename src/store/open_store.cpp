#include "td/store/open_store.h"

#include <cstdlib>
#include <filesystem>

#include "database_url.h"
#include "sql_store.h"
#include "td/core/outcome.h"

namespace td::store {

std::unique_ptr<core::Store> open_store(const std::string& url) {
    return open_store(url, schema_migrations());
}

std::unique_ptr<core::Store> open_store(const std::string& url,
                                        const std::vector<Migration>& migrations) {
    const auto target = resolve_database_url(url);
    auto store = std::make_unique<SqlStore>(*target.dialect, target.connect_string);
    store->migrate(migrations);
    return store;
}

int stored_schema_version(const std::string& url) {
    const auto target = resolve_database_url(url);
    return SqlStore(*target.dialect, target.connect_string).schema_version();
}

std::string default_sqlite_url() {
    namespace fs = std::filesystem;
    fs::path base;
    // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && fs::path(xdg).is_absolute()) {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = fs::path(home) / ".local" / "share";
    } else {
        throw core::Fault("cannot place the database: neither XDG_DATA_HOME nor HOME is set");
    }
    return "sqlite:" + (base / "tokendesk" / "tokendesk.db").string();
}

}  // namespace td::store
