#pragma once
// Opening the central database from a URL: the entry point of the store adapter.
#include <memory>
#include <string>
#include <vector>

#include "td/core/repositories.h"
#include "td/store/migration.h"

namespace td::store {

// Opens the database at `url` (`sqlite:PATH`; PATH's parent directories are created) and
// brings its schema up to date. Throws core::Fault for an unsupported URL, a database that
// cannot be opened, or a schema newer than this program's.
std::unique_ptr<core::Store> open_store(const std::string& url);

// The same with an explicit schema; tests use it to play an older or newer program.
std::unique_ptr<core::Store> open_store(const std::string& url,
                                        const std::vector<Migration>& migrations);

// The schema version stored at `url` (0 for an empty database), without migrating.
int stored_schema_version(const std::string& url);

// "sqlite:" + $XDG_DATA_HOME/tokendesk/tokendesk.db, or ~/.local/share/tokendesk/tokendesk.db
// when XDG_DATA_HOME is unset or not absolute (XDG Base Directory rules).
std::string default_sqlite_url();

}  // namespace td::store
