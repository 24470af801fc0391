#pragma once
// Opening the central database from a URL: the entry point of the store adapter.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "td/core/key_check.h"
#include "td/core/outcome.h"
#include "td/core/repositories.h"
#include "td/store/migration.h"

namespace td::store {

enum class Opening {
    // Every program's daily start: a database that is not there is refused (DatabaseMissing),
    // never created; an older schema is brought up to date.
    existing,
    // `tokendesk-cli db init`, the desktop's first run and its --demo: a missing or empty
    // database is created with the schema; an existing one is upgraded as above.
    create,
};

struct OpenOptions {
    Opening opening = Opening::existing;
    // The checks of the key ring this program will seal seeds and key the audit chain with,
    // asked for once the database's state is known: `new_database` is true when it has no
    // schema yet (only with Opening::create), so the caller may make a new key file then and
    // only then. A new database records them; the ring must hold every key an existing one
    // records (KeyMismatch otherwise, before anything is written); one from before the check
    // existed records them at its upgrade. Unset: no key is checked (store tests, the settings
    // screen's probe).
    std::function<std::vector<core::KeyCheck>(bool new_database)> key;
    // The schema; unset: schema_migrations(). Tests play an older or newer program with it.
    const std::vector<Migration>* migrations = nullptr;
};

// The options of a program that may create the database (no key checked).
inline OpenOptions creating() {
    OpenOptions options;
    options.opening = Opening::create;
    return options;
}

// There is no TokenDesk database at the URL: a SQLite file that does not exist or is empty
// (0 bytes), or a server database without TokenDesk's tables. what() names the database
// (never its password) and says what to do.
class DatabaseMissing : public core::Fault {
  public:
    DatabaseMissing(std::string database, const std::string& what)
        : core::Fault(what), database_(std::move(database)) {}
    // The database as database_label() shows it.
    const std::string& database() const { return database_; }

  private:
    std::string database_;
};

// The database records a key the offered ring does not hold (another installation's key file,
// or one from before a rotation). Nothing was written.
class KeyMismatch : public core::Fault {
  public:
    KeyMismatch(std::vector<core::KeyCheck> recorded, std::vector<core::KeyCheck> offered);
    const std::vector<core::KeyCheck>& recorded() const { return recorded_; }
    const std::vector<core::KeyCheck>& offered() const { return offered_; }
    // The key the ring lacks, or that differs, first of them.
    const core::KeyCheck& missing() const { return missing_; }
    // The ring holds key missing().key_id with another check value (another installation's).
    bool other_installation() const { return other_installation_; }

  private:
    std::vector<core::KeyCheck> recorded_;
    std::vector<core::KeyCheck> offered_;
    core::KeyCheck missing_;
    bool other_installation_ = false;
};

// Opens the database at `url` as `options` say and brings its schema up to date (a write
// lock is taken only when there is something to write). Throws DatabaseMissing, KeyMismatch,
// or core::Fault for an unsupported URL, a database that cannot be opened, or a schema newer
// than this program's.
std::unique_ptr<core::Store> open_store(const std::string& url, const OpenOptions& options = {});

// The schema version stored at `url` (0 for an empty database, or a SQLite file that is not
// there), without migrating and without creating anything.
int stored_schema_version(const std::string& url);

// The database for messages: a SQLite file's path, a server URL or ODBC string without its
// password.
std::string database_label(const std::string& url);

// "sqlite:" + $XDG_DATA_HOME/tokendesk/tokendesk.db, or ~/.local/share/tokendesk/tokendesk.db
// when XDG_DATA_HOME is unset or not absolute (XDG Base Directory rules).
std::string default_sqlite_url();

}  // namespace td::store
