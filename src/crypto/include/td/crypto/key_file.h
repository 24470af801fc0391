#pragma once
// The installation's key ring on disk, and the subkeys derived from each of its keys. A master
// key itself is never used: each use gets its own HKDF subkey.
//
// The file holds numbered keys; the newest seals new seeds and keys new audit events once the
// database has been handed over to it (tokendesk-cli key rotate), and the older ones stay to
// read what was made with them. A file with key 1 alone keeps the first format, so a key file
// that was never rotated reads as it always did:
//   tokendesk-key-v1            tokendesk-key-ring-v1
//   <64 hex digits>             1 <64 hex digits>
//                               2 <64 hex digits>
#include <filesystem>
#include <string>
#include <vector>

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

// One numbered key of the ring, as its users need it.
struct RingKey {
    int id = 1;
    // 32 bytes each: AES-256-GCM key for seeds, HMAC-SHA256 key for the audit chain.
    core::SecretBytes seed_sealing_key;
    core::SecretBytes audit_chain_key;
    // The key's number and check value, for the database to record and compare: derived with
    // a label of its own, so it tells nothing of the key or of the other subkeys.
    core::KeyCheck check;
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

    // Subkeys from a master key held in memory (32 bytes), as key 1, for tests and tools.
    static KeyFile from_master_key(const core::SecretBytes& master);

    // A key file's text (a key backup's content); `source` names it in a Fault when malformed.
    static KeyFile from_text(const core::SecretBytes& text, const std::string& source);

    // $XDG_DATA_HOME/tokendesk/tokendesk.key, or ~/.local/share/tokendesk/tokendesk.key.
    // Throws core::Fault when neither XDG_DATA_HOME nor HOME is set.
    static std::filesystem::path default_path();

    // The same ring with one more key, numbered after the newest; in memory until written.
    KeyFile with_new_key() const;
    // Puts the ring at `path` whole or not at all (a new file beside it, flushed, renamed over),
    // readable by its owner only. Throws core::Fault naming `path`.
    void write(const std::filesystem::path& path) const;
    // The file's exact content: a secret.
    core::SecretBytes text() const;

    // Empty for a ring made in memory.
    const std::filesystem::path& path() const { return path_; }
    // Every key, oldest first; never empty.
    const std::vector<RingKey>& keys() const { return keys_; }
    const RingKey& newest() const { return keys_.back(); }
    // nullptr when the ring has no key `id`.
    const RingKey* find(int id) const;
    std::vector<core::KeyCheck> checks() const;

    // The newest key's, for callers that know one key.
    const core::SecretBytes& seed_sealing_key() const { return newest().seed_sealing_key; }
    const core::SecretBytes& audit_chain_key() const { return newest().audit_chain_key; }
    const core::KeyCheck& check() const { return newest().check; }

  private:
    struct Master {
        int id;
        core::SecretBytes bytes;
    };
    KeyFile(std::filesystem::path path, std::vector<Master> masters);

    std::filesystem::path path_;
    std::vector<Master> masters_;
    std::vector<RingKey> keys_;
};

}  // namespace td::crypto
