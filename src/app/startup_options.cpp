#include "startup_options.h"

#include <cstdlib>

#include "td/core/outcome.h"
#include "td/crypto/key_file.h"
#include "td/store/open_store.h"

namespace td::app {
namespace {

std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    if (v && *v) return std::string(v);
    return std::nullopt;
}

}  // namespace

StartupOptions resolve_startup(const std::optional<std::string>& db_flag,
                               const std::optional<std::string>& key_file_flag) {
    StartupOptions o;
    if (db_flag)
        o.database_url = *db_flag;
    else if (auto v = env("TOKENDESK_DB"))
        o.database_url = *v;
    else
        o.database_url = store::default_sqlite_url();
    if (key_file_flag)
        o.key_file = *key_file_flag;
    else if (auto v = env("TOKENDESK_KEY_FILE"))
        o.key_file = *v;
    else
        o.key_file = crypto::KeyFile::default_path().string();
    return o;
}

std::unique_ptr<core::Clock> make_clock() {
#ifdef TD_TEST_CLOCK
    // Test builds only: tests and screenshots pin "now". Release builds have no such door.
    if (auto now = env("TOKENDESK_TEST_NOW")) {
        const auto t = core::parse_iso(*now);
        if (!t) throw core::Fault("TOKENDESK_TEST_NOW is not an ISO 8601 instant");
        return std::make_unique<core::ManualClock>(*t);
    }
#endif
    return std::make_unique<core::SystemClock>();
}

}  // namespace td::app
