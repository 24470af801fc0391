#pragma once
// The key protection of one PSKC file (RFC 6030 section 6): the encryption key (pre-shared,
// or derived from a passphrase), the MAC key it unlocks, and opening an EncryptedValue.
// Nothing is derived or decrypted until the first encrypted value asks for it, so a file of
// PlainValues needs no key at all.
#include <optional>
#include <pugixml.hpp>
#include <span>

#include "pskc_cipher.h"
#include "pskc_xml.h"
#include "td/core/secret_bytes.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto::detail {

// PBKDF2 work above this is refused: a file could otherwise hold the reader for minutes.
inline constexpr std::uint64_t kPskcMaxIterations = 1'000'000;

class PskcProtection {
  public:
    // `container` is the KeyContainer; both arguments must outlive this object.
    PskcProtection(const pugi::xml_node& container, const PskcDecryption& how);

    // Checks `value_mac` over IV || ciphertext, then decrypts. nullopt when the ValueMAC does
    // not verify: whether that means a wrong key or an altered value is decided over the
    // whole file (see pskc_reader.h). Throws PskcError for everything else.
    std::optional<core::SecretBytes> open(const pugi::xml_node& encrypted_value,
                                          const pugi::xml_node& value_mac, const PskcPlace& place);

  private:
    struct Ciphertext {
        const PskcCipher* cipher;
        core::SecretBytes bytes;  // IV || ciphertext
    };

    Ciphertext read_ciphertext(const pugi::xml_node& encrypted, const PskcPlace& place) const;
    // Key problems (none given, wrong size, MAC key that does not decrypt) concern the
    // whole file, so they are reported without a KeyPackage.
    std::span<const std::uint8_t> encryption_key(const PskcCipher& cipher);
    core::SecretBytes derive_key(const pugi::xml_node& derived, std::size_t cipher_key_size) const;
    void load_mac_key();

    pugi::xml_node container_;
    const PskcDecryption& how_;
    std::optional<core::SecretBytes> derived_key_;
    const PskcDigest* mac_digest_ = nullptr;
    core::SecretBytes mac_key_;
};

}  // namespace td::crypto::detail
