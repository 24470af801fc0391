#pragma once
// tokendesk-cli db backup / db restore: the store's backup with the key file's check on
// restore, so that a database never comes back under a key that cannot read it.
#include <filesystem>
#include <string>

#include "td/store/backup.h"

namespace td::runtime {

store::BackupMade backup_database(const std::string& database_url,
                                  const std::filesystem::path& out);

// Throws KeyProblem (both files named, what to do) when the backup was made under another
// key than `key_file`'s, and store's faults otherwise.
void restore_database(const std::string& database_url, const std::filesystem::path& key_file,
                      const std::filesystem::path& backup);

}  // namespace td::runtime
