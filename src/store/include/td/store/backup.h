#pragma once
// Backup and restore of the central database (tokendesk-cli db backup / db restore).
// SQLite: a consistent copy taken while desktops work (VACUUM INTO: one read transaction, so
// writers in WAL mode go on). PostgreSQL: pg_dump in its custom format and pg_restore, run on
// Debian with the password in PGPASSWORD, never on the command line. The key ring is never in
// a database backup: it is backed up apart (docs/operations.md).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "td/core/key_check.h"
#include "td/core/outcome.h"

namespace td::store {

struct BackupMade {
    std::string method;  // "sqlite" or "pg_dump"
    std::filesystem::path file;
    std::uintmax_t bytes = 0;
    int schema_version = 0;
};

// This program cannot take the copy or restore it itself (ODBC, or PostgreSQL where pg_dump
// cannot be run): what() says why and `command` precisely what to run instead.
class RunByHand : public core::Fault {
  public:
    RunByHand(const std::string& why, std::string command)
        : core::Fault(why), command_(std::move(command)) {}
    const std::string& command() const { return command_; }

  private:
    std::string command_;
};

// Writes a consistent copy of the database at `url` to `out` (a new file, owner-only, written
// whole before it takes the name). Throws DatabaseMissing, RunByHand, or core::Fault with the
// tool's own words.
BackupMade backup_database(const std::string& url, const std::filesystem::path& out);

// Fills the empty database at `url` from a backup made by backup_database. Refused (core::Fault,
// nothing written) when the database is not empty, or the file is not a TokenDesk backup.
// `key` is the configured key's check: a SQLite backup made under another key is refused
// before anything is written (KeyMismatch); a PostgreSQL one is checked once restored.
void restore_database(const std::string& url, const std::filesystem::path& file,
                      const std::function<std::vector<core::KeyCheck>(bool new_database)>& key);

}  // namespace td::store
