#include "td/runtime/key_rotation.h"

#include <fstream>
#include <iterator>

#include "td/crypto/key_backup.h"
#include "td/platform/private_files.h"
#include "td/platform/utf8_path.h"
#include "td/store/open_store.h"

namespace td::runtime {
namespace {

namespace fs = std::filesystem;

std::vector<std::uint8_t> read_backup(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw core::Fault("cannot read " + platform::utf8_of(file));
    std::vector<std::uint8_t> bytes;
    char c;
    // At most what a backup can hold: the file is read whole, and it is small.
    while (bytes.size() <= (2u << 20) && in.get(c)) bytes.push_back(static_cast<std::uint8_t>(c));
    return bytes;
}

const core::KeyCheck* find(const std::vector<core::KeyCheck>& keys, int id) {
    for (const auto& k : keys)
        if (k.key_id == id) return &k;
    return nullptr;
}

}  // namespace

core::Outcome<Rotation> rotate_key(Runtime& runtime, const core::Actor& actor,
                                   std::size_t batch_size, const core::ResealWatch& watch) {
    auto status = core::KeyRingService(runtime.context()).status(actor);
    if (!status) return status.refusal();
    crypto::KeyFile ring = crypto::KeyFile::open(runtime.key_file());
    const int database_key = status.value().current;
    Rotation done;
    if (ring.newest().id > database_key + 1)
        throw core::Fault("the key file " + platform::utf8_of(runtime.key_file()) +
                          " holds key " + std::to_string(ring.newest().id) +
                          ", more than one past the database's key " +
                          std::to_string(database_key) + ": it is not this database's key file");
    if (ring.newest().id == database_key + 1) {
        done.resumed = true;  // the key was made, the hand-over did not happen
    } else if (status.value().behind > 0) {
        done.resumed = true;  // handed over, seeds left to seal again
    } else {
        ring = ring.with_new_key();
        ring.write(runtime.key_file());
        done.new_key = true;
    }
    done.key = ring.newest().id;
    if (done.key > database_key) {
        runtime.use_key(ring, done.key);
        auto handed = core::KeyRingService(runtime.context()).hand_over(actor, ring.newest().check);
        if (!handed) {
            runtime.use_key(ring);  // back to the database's key
            return handed.refusal();
        }
        done.chains_handed_over = handed.value().chains;
    }
    auto resealed = core::KeyRingService(runtime.context()).reseal(actor, batch_size, watch);
    if (!resealed) return resealed.refusal();
    done.resealed = resealed.value();
    return done;
}

void back_up_key(const fs::path& key_file, const fs::path& out, const std::string& passphrase) {
    const auto ring = crypto::KeyFile::open(key_file);
    const auto bytes = crypto::seal_key_backup(ring, passphrase);
    try {
        platform::write_new_private_file(out, bytes, platform::Flush::yes);
    } catch (const core::Fault& e) {
        throw core::Fault("cannot write the key backup " + platform::utf8_of(out) + ": " +
                          e.what());
    }
}

core::Outcome<KeyRestore> restore_key(const std::string& database_url, const fs::path& key_file,
                                      const fs::path& backup, const std::string& passphrase) {
    const std::string file = platform::utf8_of(backup);
    std::optional<crypto::KeyFile> ring;
    try {
        ring.emplace(crypto::open_key_backup(read_backup(backup), passphrase));
    } catch (const crypto::KeyBackupRefused& e) {
        using Reason = crypto::KeyBackupRefused::Reason;
        const char* code = e.reason() == Reason::wrong_passphrase ? "wrong_passphrase"
                           : e.reason() == Reason::truncated       ? "key_backup_truncated"
                                                                   : "not_key_backup";
        return core::refuse(code, "file").with("file", file);
    }
    KeyRestore done;
    for (const auto& k : ring->keys()) done.keys.push_back(k.id);
    const auto offered = ring->checks();

    std::vector<core::KeyCheck> recorded;
    try {
        const auto store = store::open_store(database_url);
        store->read([&](core::Transaction& tx) { recorded = tx.keys().recorded(); });
        done.database_checked = true;
    } catch (const store::DatabaseMissing&) {
        // No database yet: the key comes back first, the database from its backup next.
    }
    for (const auto& key : recorded) {
        const auto* ours = find(offered, key.key_id);
        if (!ours) return core::refuse("key_backup_lacks_key", "file").with("key", std::to_string(key.key_id));
        if (*ours != key)
            return core::refuse("key_backup_differs", "file").with("key", std::to_string(key.key_id));
    }
    std::optional<crypto::KeyFile> existing;
    try {
        existing.emplace(crypto::KeyFile::open(key_file));
    } catch (const crypto::KeyFileMissing&) {
    }
    if (existing) {
        for (const auto& key : existing->checks()) {
            const auto* ours = find(offered, key.key_id);
            if (!ours || *ours != key)
                return core::refuse("key_file_has_more", "file")
                    .with("file", platform::utf8_of(key_file))
                    .with("key", std::to_string(key.key_id));
        }
        done.replaced_file = true;
    } else if (key_file.has_parent_path()) {
        platform::create_private_directories(key_file.parent_path());
    }
    ring->write(key_file);
    return done;
}

}  // namespace td::runtime
