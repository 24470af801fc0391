#pragma once
// Reading token keys from a PSKC file (RFC 6030), as vendors ship them with hardware tokens.
//
// Supported: HOTP and TOTP keys (6 to 8 DECIMAL digits; Suite HMAC-SHA1, -SHA256 or -SHA512)
// whose Secret is a PlainValue, or an EncryptedValue under AES-CBC (128, 192 or 256 bits,
// the IV before the ciphertext) keyed by a pre-shared key (EncryptionKey/KeyName) or by a
// passphrase through PBKDF2 (EncryptionKey/DerivedKey), with the MAC key in
// MACMethod/MACKey and an HMAC ValueMAC over IV || ciphertext. Counter, TimeInterval and
// Time must be PlainValues (Time is checked, not kept: TOTP steps count from the Unix epoch).
// Not supported: asymmetric key transport, AES key wrap, MACKeyReference, encrypted
// integers; each is refused as unsupported_algorithm. docs/pskc.md has the details.
//
// Whether a key is wrong or the file is damaged, when both show only as a failed check:
//  - wrong_key: the MAC key cannot be decrypted with the key given (bad padding), or the MAC
//    key decrypts but not one ValueMAC in the file verifies with it. A wrong key almost
//    always fails the padding; the few wrong keys that pass it give a MAC key that verifies
//    nothing, so a wrong key is never reported as damage.
//  - mac_mismatch: at least one ValueMAC verifies (the key is proven right) and another does
//    not: that value was altered. A file with a single encrypted value whose ValueMAC or
//    ciphertext was altered therefore reads as wrong_key: nothing in it tells the two apart.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "td/core/entities.h"
#include "td/core/secret_bytes.h"

namespace td::crypto {

struct PskcKey {
    enum class Kind { totp, hotp };

    std::string serial;  // DeviceInfo/SerialNo, else Key/@Id
    std::string manufacturer;
    Kind kind = Kind::totp;
    core::HashAlgorithm algorithm = core::HashAlgorithm::sha1;
    int digits = 6;             // ResponseFormat/@Length; 6 when the file gives none
    int period_seconds = 30;    // TOTP TimeInterval
    std::uint64_t counter = 0;  // HOTP Counter; 0 for TOTP keys
    core::SecretBytes secret;   // wiped when the key is destroyed
};

struct PskcDecryption {
    std::optional<std::vector<std::uint8_t>> pre_shared_key;
    std::optional<std::string> passphrase;  // UTF-8, as typed
    // Wipes both: they unlock every secret in the file.
    ~PskcDecryption();
};

class PskcError : public std::runtime_error {
  public:
    enum class Reason {
        malformed,              // not PSKC, or a value that breaks RFC 6030 or a size limit
        unsupported_algorithm,  // valid PSKC that TokenDesk cannot use (see above)
        key_needed,             // encrypted, and PskcDecryption lacks the kind of key it needs
        wrong_key,              // see the rule above
        mac_mismatch,           // see the rule above
        duplicate_serial,       // two KeyPackages name the same serial
        no_keys,                // a KeyContainer without a single Key
    };

    // `key_package` is 1-based (0: the file as a whole); `serial` may be empty.
    PskcError(Reason reason, std::size_t key_package, std::string serial,
              const std::string& problem);

    Reason reason() const noexcept { return reason_; }
    std::size_t key_package() const noexcept { return key_package_; }
    const std::string& serial() const noexcept { return serial_; }

  private:
    Reason reason_;
    std::size_t key_package_;
    std::string serial_;
};

// "malformed", "wrong_key", …: for logs and test messages.
const char* to_string(PskcError::Reason reason);

// Refused outright: larger files, and containers with more KeyPackages.
inline constexpr std::size_t kPskcMaxBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kPskcMaxKeys = 10000;

// Every key of the file, in file order, or PskcError; a file is taken whole or not at all. The text
// must be UTF-8. Throws core::Fault only when OpenSSL itself fails.
std::vector<PskcKey> read_pskc(std::string_view xml, const PskcDecryption& how);

}  // namespace td::crypto
