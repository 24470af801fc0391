#pragma once
// tokendesk-cli key rotate, key backup and key restore: the key file (crypto) and the database
// (core, store) brought along together, in the order that leaves nothing unreadable:
//   1. the key file gets the new key (written whole, flushed, renamed over the old one; the
//      old keys stay in it),
//   2. one transaction records the key and hands every audit chain over to it,
//   3. the seeds are sealed again under it, a batch to a transaction.
// Run again after an interruption, it finishes what is left instead of making another key.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "td/core/key_ring_service.h"
#include "td/crypto/key_file.h"
#include "td/runtime/runtime.h"

namespace td::runtime {

struct Rotation {
    int key = 0;               // the database's key afterwards
    bool new_key = false;      // this run added it to the key file
    bool resumed = false;      // an earlier run's key or seeds were finished
    std::int64_t chains_handed_over = 0;
    core::ResealProgress resealed;
};

// Admin only (refused by core otherwise). Throws core::Fault when the key file cannot be read or
// written, or is ahead of the database by more than one key.
core::Outcome<Rotation> rotate_key(Runtime& runtime, const core::Actor& actor,
                                   std::size_t batch_size, const core::ResealWatch& watch = {});

// The configured key file's ring sealed under `passphrase`, written to `out` (a new file,
// owner-only). Throws core::Fault naming the file.
void back_up_key(const std::filesystem::path& key_file, const std::filesystem::path& out,
                 const std::string& passphrase);

struct KeyRestore {
    std::vector<int> keys;        // the ring's key numbers
    bool database_checked = false;  // false: no database yet (restore it next)
    bool replaced_file = false;     // a key file was there and is replaced
};

// Opens the backup with `passphrase`, checks its ring against the database at `database_url`
// (every key it records must be in the ring; skipped when there is no database) and against a
// key file already at `key_file` (it must not hold a key the backup lacks), then writes it there.
// Refused, writing nothing: not_key_backup, key_backup_truncated, wrong_passphrase,
// key_backup_lacks_key, key_backup_differs, key_file_has_more.
core::Outcome<KeyRestore> restore_key(const std::string& database_url,
                                      const std::filesystem::path& key_file,
                                      const std::filesystem::path& backup,
                                      const std::string& passphrase);

}  // namespace td::runtime
