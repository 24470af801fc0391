#pragma once
// The installation's master key on disk, and the subkeys derived from it. The master key
// itself is never kept: each use gets its own HKDF subkey.
#include <filesystem>

#include "td/core/key_check.h"
#include "td/core/outcome.h"
#include "td/core/secret_bytes.h"

namespace td::crypto {

// Thrown by KeyFile::open when there is no file at the path: the caller knows which database
// wanted it and says what to do.
class KeyFileMissing : public core::Fault {
  public:
    using core::Fault::Fault;
};

class KeyFile {
  public:
    // Reads the key file at `path`. Throws KeyFileMissing when there is none, and core::Fault
    // naming `path` when the file is malformed, readable or writable by group or others, or
    // cannot be read. Every start of an existing database opens its key this way: a mistyped
    // path must never make a new key.
    static KeyFile open(const std::filesystem::path& path);

    // The same, but creates the file (and its parent directories) holding a new random key,
    // readable by the owner only, when there is none. Only for a new database (db init, the
    // desktop's first run): the database then records the key's check value.
    static KeyFile open_or_create(const std::filesystem::path& path);

    // Subkeys from a master key held in memory (32 bytes), for tests and tools.
    static KeyFile from_master_key(const core::SecretBytes& master);

    // $XDG_DATA_HOME/tokendesk/tokendesk.key, or ~/.local/share/tokendesk/tokendesk.key.
    // Throws core::Fault when neither XDG_DATA_HOME nor HOME is set.
    static std::filesystem::path default_path();

    // Empty for a key made by from_master_key.
    const std::filesystem::path& path() const { return path_; }
    // 32 bytes each: AES-256-GCM key for seeds, HMAC-SHA256 key for the audit chain.
    const core::SecretBytes& seed_sealing_key() const { return seed_sealing_key_; }
    const core::SecretBytes& audit_chain_key() const { return audit_chain_key_; }
    // The key's number and check value, for the database to record and compare: derived with
    // a label of its own, so it tells nothing of the key or of the other subkeys.
    const core::KeyCheck& check() const { return check_; }

  private:
    KeyFile(std::filesystem::path path, const core::SecretBytes& master);

    std::filesystem::path path_;
    core::SecretBytes seed_sealing_key_;
    core::SecretBytes audit_chain_key_;
    core::KeyCheck check_;
};

}  // namespace td::crypto
