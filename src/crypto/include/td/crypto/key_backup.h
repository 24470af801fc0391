#pragma once
// A key ring's backup: the key file's text sealed under a passphrase, to keep apart from the
// database's backups (docs/operations.md). scrypt stretches the passphrase into an AES-256-GCM
// key; the first line, which names the format, the scrypt parameters and the sealed length, is
// authenticated with the rest:
//   tokendesk-key-backup-v1 scrypt N=65536 r=8 p=1 length=L\n
//   salt (16) || nonce (12) || ciphertext (L - 16) || tag (16)
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "td/core/outcome.h"
#include "td/crypto/key_file.h"

namespace td::crypto {

// Why a key backup cannot be opened. what() says it in English; the CLI names the code.
class KeyBackupRefused : public core::Fault {
  public:
    enum class Reason { not_a_backup, truncated, wrong_passphrase };
    KeyBackupRefused(Reason reason, const std::string& what)
        : core::Fault(what), reason_(reason) {}
    Reason reason() const { return reason_; }

  private:
    Reason reason_;
};

// The backup file's bytes for `ring` under `passphrase`.
std::vector<std::uint8_t> seal_key_backup(const KeyFile& ring, std::string_view passphrase);

// The ring in a backup file's bytes. Throws KeyBackupRefused: not_a_backup (another file, or
// parameters out of range), truncated (shorter than its first line says), wrong_passphrase (the
// passphrase is not the one it was sealed with, or the file was altered: GCM cannot tell which).
KeyFile open_key_backup(std::span<const std::uint8_t> file, std::string_view passphrase);

}  // namespace td::crypto
