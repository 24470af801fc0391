#pragma once
// What a TokenDesk program opens once at start-up, shared by tokendesk-cli and the desktop:
// the database, the key file and its crypto suite, the clock, and the PDF renderer on first
// use. Not thread-safe: the desktop's task runner is its only user after start-up.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "td/core/clock.h"
#include "td/core/context.h"
#include "td/core/document_model.h"
#include "td/crypto/crypto_suite.h"
#include "td/runtime/settings_file.h"

namespace td::runtime {

// --db, else TOKENDESK_DB, else tokendesk.conf's database, else the SQLite file in the user's
// data directory.
std::string database_url(const std::optional<std::string>& flag, const Settings& settings);
// --key-file, else TOKENDESK_KEY_FILE, else tokendesk.conf's key_file, else tokendesk.key in the
// user's data directory.
std::string key_file_path(const std::optional<std::string>& flag, const Settings& settings);
// "Now" for the database at `database_url`: the central server's clock for PostgreSQL and ODBC
// (every counter PC agrees), this PC's for SQLite. Test builds (TD_TEST_CLOCK) honour
// TOKENDESK_TEST_NOW instead; release builds have no way to set it. Throws core::Fault when
// that variable is malformed or the server cannot be reached.
std::unique_ptr<core::Clock> make_clock(const std::string& database_url);
// Test builds (TD_TEST_CLOCK) only: TOKENDESK_TEST_FAST_HASHING=1 asks for cheap staff-password
// hashes (crypto::CryptoSuite's test parameters). Always false in the shipped programs.
bool test_fast_password_hashing();
// Test builds (TD_TEST_CLOCK) only: TOKENDESK_TEST_DIE_IN_BATCH=N makes key rotate end its
// process at once (no unwinding, no commit) inside re-seal batch N, as a power cut or a kill
// would. Always nullopt in the shipped programs.
std::optional<int> test_die_in_batch();

// How a program opens its database and key file.
enum class Opening {
    // Every start: the database must exist with TokenDesk's tables (store::DatabaseMissing
    // otherwise) and its key file must exist and be the one it was initialised with.
    existing,
    // tokendesk-cli db init, the desktop's first run (after asking) and --demo: a missing or
    // empty database is created, and with it a key file when there is none at the path. An
    // existing database is opened as above.
    create,
};

class Runtime {
  public:
    // Throws store::DatabaseMissing when there is no database and `opening` is existing, and
    // core::Fault when the database or the key file cannot be opened, or the key file is not
    // the database's (naming both, before anything is written).
    // `fast_password_hashing` is for tests only (see crypto::CryptoSuite).
    Runtime(std::string database_url, const std::filesystem::path& key_file,
            std::unique_ptr<core::Clock> clock, bool fast_password_hashing = false,
            Opening opening = Opening::existing);
    ~Runtime();

    core::Context context();
    // Takes `ring` (a superset of the database's keys) for the crypto ports from now on, with
    // `current` (unset: the database's newest key) as the key that seals and keys events: a
    // rotation hands the database over to its new key with it.
    void use_key(const crypto::KeyFile& ring, std::optional<int> current = std::nullopt);
    const core::Clock& clock() const { return *clock_; }
    const std::string& database_url() const { return url_; }
    const std::filesystem::path& key_file() const { return key_file_; }
    // Loaded on first use: the font and templates take a moment.
    core::DocumentRenderer& renderer();

  private:
    std::string url_;
    std::filesystem::path key_file_;
    std::unique_ptr<core::Clock> clock_;
    bool fast_password_hashing_ = false;
    std::unique_ptr<crypto::CryptoSuite> crypto_;
    std::unique_ptr<core::Store> store_;
    std::unique_ptr<core::DocumentRenderer> renderer_;
};

}  // namespace td::runtime
