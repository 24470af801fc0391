#include "td/store/open_store.h"

#include <algorithm>
#include <filesystem>

#include "database_url.h"
#include "migrate.h"
#include "sql_store.h"
#include "td/core/outcome.h"
#include "td/platform/places.h"
#include "td/platform/utf8_path.h"

namespace td::store {
namespace {

std::string checks_text(const std::vector<core::KeyCheck>& checks) {
    std::string out;
    for (const auto& c : checks) out += (out.empty() ? "" : ", ") + core::short_check(c);
    return out;
}

[[noreturn]] void refuse_missing(const std::string& url, const std::string& why) {
    const std::string label = database_label(url);
    throw DatabaseMissing(label, "there is no TokenDesk database at " + label + " (" + why +
                                     "): check the database path or URL (--db, TOKENDESK_DB or "
                                     "database in tokendesk.conf), or create a new database "
                                     "with tokendesk-cli db init");
}

}  // namespace

namespace {

const core::KeyCheck& first_missing(const std::vector<core::KeyCheck>& recorded,
                                    const std::vector<core::KeyCheck>& offered) {
    for (const auto& key : recorded)
        if (std::find(offered.begin(), offered.end(), key) == offered.end()) return key;
    throw core::Fault("KeyMismatch without a missing key");
}

bool has_number(const std::vector<core::KeyCheck>& keys, int id) {
    return std::any_of(keys.begin(), keys.end(),
                       [&](const core::KeyCheck& k) { return k.key_id == id; });
}

}  // namespace

KeyMismatch::KeyMismatch(std::vector<core::KeyCheck> recorded,
                         std::vector<core::KeyCheck> offered)
    : core::Fault("the database was initialised with " + checks_text(recorded) +
                  ", and this key file holds " + checks_text(offered)),
      recorded_(std::move(recorded)),
      offered_(std::move(offered)),
      missing_(first_missing(recorded_, offered_)),
      other_installation_(has_number(offered_, missing_.key_id)) {}

std::unique_ptr<core::Store> open_store(const std::string& url, const OpenOptions& options) {
    const auto& migrations = options.migrations ? *options.migrations : schema_migrations();
    const bool create = options.opening == Opening::create;
    const auto target = resolve_database_url(url);
    if (const auto absence = sqlite_file_absence(target); !absence.empty()) {
        if (!create) refuse_missing(url, "the file " + absence);
        create_sqlite_directories(target);
    }
    auto store = std::make_unique<SqlStore>(*target.dialect, target.connect_string);
    // Everything up to the write below only reads: an up-to-date database whose key matches
    // opens without waiting for another program's write lock.
    const int version = store->schema_version();
    refuse_newer_schema(version, static_cast<int>(migrations.size()));
    const bool new_database = version == 0;
    if (new_database && !create) refuse_missing(url, "it has no TokenDesk tables");
    std::vector<core::KeyCheck> ring;
    if (options.key) ring = options.key(new_database);
    bool record_key = false;
    if (!ring.empty()) {
        const auto recorded = store->recorded_keys();
        if (!recorded.empty() && !key_matches(recorded, ring)) throw KeyMismatch(recorded, ring);
        record_key = recorded.empty();
    }
    if (version < static_cast<int>(migrations.size()) || record_key)
        store->migrate(migrations, ring);
    return store;
}

int stored_schema_version(const std::string& url) {
    const auto target = resolve_database_url(url);
    // Opening a missing SQLite file would create it: the answer is known without that.
    if (!sqlite_file_absence(target).empty()) return 0;
    return SqlStore(*target.dialect, target.connect_string).schema_version();
}

std::string default_sqlite_url() {
    return "sqlite:" + platform::utf8_of(platform::user_data_directory() / "tokendesk.db");
}

}  // namespace td::store
