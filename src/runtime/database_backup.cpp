#include "td/runtime/database_backup.h"

#include <optional>

#include "key_messages.h"

namespace td::runtime {

store::BackupMade backup_database(const std::string& database_url,
                                  const std::filesystem::path& out) {
    return store::backup_database(database_url, out);
}

void restore_database(const std::string& database_url, const std::filesystem::path& key_file,
                      const std::filesystem::path& backup) {
    std::optional<crypto::KeyFile> key;
    try {
        store::restore_database(database_url, backup, [&](bool) {
            key.emplace(open_database_key(database_url, key_file));
            return key->checks();
        });
    } catch (const store::KeyMismatch& e) {
        throw key_mismatch(database_url, key_file, e);
    }
}

}  // namespace td::runtime
