#include "pskc_protection.h"

#include <string>

namespace td::crypto::detail {

namespace {

using Reason = PskcError::Reason;

constexpr std::size_t kBlock = 16;
constexpr std::size_t kMaxDerivedKey = 64;
constexpr std::string_view kPbkdf2 =
    "http://www.rsasecurity.com/rsalabs/pkcs/schemas/pkcs-5v2-0#pbkdf2";

std::string algorithm_of(const pugi::xml_node& node) {
    return std::string(trim(node.attribute("Algorithm").value()));
}

}  // namespace

PskcProtection::PskcProtection(const pugi::xml_node& container, const PskcDecryption& how)
    : container_(container), how_(how) {}

std::optional<core::SecretBytes> PskcProtection::open(const pugi::xml_node& encrypted_value,
                                                      const pugi::xml_node& value_mac,
                                                      const PskcPlace& place) {
    Ciphertext value = read_ciphertext(encrypted_value, place);
    // AES-CBC has no integrity of its own; RFC 6030 section 6.1.1 makes the ValueMAC a must.
    if (!value_mac) place.fail(Reason::malformed, "an encrypted value has no ValueMAC");
    auto expected = decode_base64(text_of(value_mac));
    if (!expected || expected->empty()) place.fail(Reason::malformed, "ValueMAC is not base64");

    const auto key = encryption_key(*value.cipher);
    if (!mac_digest_) load_mac_key();
    // Encrypt-then-MAC: the ciphertext is authenticated before it is decrypted.
    const auto computed = hmac(*mac_digest_, mac_key_.view(), value.bytes.view());
    if (!same_mac(computed, expected->view())) return std::nullopt;

    auto plain = aes_cbc_decrypt(*value.cipher, key, value.bytes.view());
    if (!plain)
        place.fail(Reason::malformed,
                   "the value's ValueMAC verifies but the value does not decrypt: it was "
                   "encrypted under another key than the MAC key");
    return plain;
}

PskcProtection::Ciphertext PskcProtection::read_ciphertext(const pugi::xml_node& encrypted,
                                                           const PskcPlace& place) const {
    const pugi::xml_node method = child(encrypted, "EncryptionMethod");
    if (!method) place.fail(Reason::malformed, "an encrypted value has no EncryptionMethod");
    const std::string uri = algorithm_of(method);
    const PskcCipher* cipher = pskc_cipher(uri);
    if (!cipher)
        place.fail(Reason::unsupported_algorithm, "encryption algorithm \"" + printable(uri, 80) +
                                                      "\" is not supported (AES-CBC only)");

    const pugi::xml_node data = child(encrypted, "CipherData");
    const pugi::xml_node value = child(data, "CipherValue");
    if (!value) {
        if (child(data, "CipherReference"))
            place.fail(Reason::unsupported_algorithm, "CipherReference is not supported");
        place.fail(Reason::malformed, "an encrypted value has no CipherData/CipherValue");
    }
    auto bytes = decode_base64(text_of(value));
    if (!bytes) place.fail(Reason::malformed, "CipherValue is not base64");
    // The IV, then at least one block: PKCS#7 padding always adds one.
    if (bytes->size() < 2 * kBlock || bytes->size() % kBlock != 0)
        place.fail(Reason::malformed, "CipherValue is not an IV and whole AES blocks");
    return Ciphertext{.cipher = cipher, .bytes = std::move(*bytes)};
}

std::span<const std::uint8_t> PskcProtection::encryption_key(const PskcCipher& cipher) {
    const PskcPlace file;  // the key belongs to the whole file, not to one KeyPackage
    const pugi::xml_node key_info = child(container_, "EncryptionKey");
    const pugi::xml_node derived = child(key_info, "DerivedKey");
    if (derived) {
        if (!how_.passphrase || how_.passphrase->empty())
            file.fail(Reason::key_needed,
                      "the file is encrypted under a passphrase (PBKDF2) and none was given");
        if (!derived_key_) derived_key_ = derive_key(derived, cipher.key_size);
        if (derived_key_->size() != cipher.key_size)
            file.fail(Reason::malformed,
                      "the derived key is " + std::to_string(derived_key_->size()) + " bytes; " +
                          cipher.name + " needs " + std::to_string(cipher.key_size));
        return derived_key_->view();
    }

    // A KeyName names a key agreed beforehand; so does an EncryptionKey left empty or absent.
    pugi::xml_node first;
    for (pugi::xml_node node : key_info.children())
        if (node.type() == pugi::node_element && !first) first = node;
    const bool pre_shared = !first || child(key_info, "KeyName");
    if (!pre_shared)
        file.fail(Reason::unsupported_algorithm,
                  "EncryptionKey/" + printable(local_name(first)) +
                      " is not supported (KeyName or DerivedKey only)");
    if (!how_.pre_shared_key || how_.pre_shared_key->empty()) {
        const std::string name(text_of(child(key_info, "KeyName")));
        file.fail(Reason::key_needed,
                  "the file is encrypted under a pre-shared key" +
                      (name.empty() ? std::string() : " (KeyName \"" + printable(name) + "\")") +
                      " and none was given");
    }
    if (how_.pre_shared_key->size() != cipher.key_size)
        file.fail(Reason::wrong_key, "the pre-shared key given is " +
                                         std::to_string(how_.pre_shared_key->size()) + " bytes; " +
                                         cipher.name + " needs " + std::to_string(cipher.key_size));
    return *how_.pre_shared_key;
}

core::SecretBytes PskcProtection::derive_key(const pugi::xml_node& derived,
                                             std::size_t cipher_key_size) const {
    const PskcPlace file;
    const pugi::xml_node method = child(derived, "KeyDerivationMethod");
    if (!method) file.fail(Reason::malformed, "DerivedKey has no KeyDerivationMethod");
    if (const std::string uri = algorithm_of(method); uri != kPbkdf2)
        file.fail(Reason::unsupported_algorithm,
                  "key derivation \"" + printable(uri, 80) + "\" is not supported (PBKDF2 only)");
    const pugi::xml_node params = child(method, "PBKDF2-params");
    if (!params) file.fail(Reason::malformed, "KeyDerivationMethod has no PBKDF2-params");

    const pugi::xml_node salt_node = child(params, "Salt");
    if (!child(salt_node, "Specified")) {
        if (child(salt_node, "OtherSource"))
            file.fail(Reason::unsupported_algorithm, "PBKDF2 Salt/OtherSource is not supported");
        file.fail(Reason::malformed, "PBKDF2-params has no Salt/Specified");
    }
    const auto salt = decode_base64(text_of(child(salt_node, "Specified")));
    if (!salt || salt->empty()) file.fail(Reason::malformed, "PBKDF2 Salt is not base64");

    const auto iterations = parse_unsigned(text_of(child(params, "IterationCount")));
    if (!iterations || *iterations == 0)
        file.fail(Reason::malformed, "PBKDF2 IterationCount is not a positive integer");
    if (*iterations > kPskcMaxIterations)
        file.fail(Reason::malformed, "PBKDF2 IterationCount " + std::to_string(*iterations) +
                                         " is above the limit of " +
                                         std::to_string(kPskcMaxIterations));

    std::size_t length = cipher_key_size;
    if (const pugi::xml_node given = child(params, "KeyLength")) {
        const auto value = parse_unsigned(text_of(given));
        if (!value || *value == 0 || *value > kMaxDerivedKey)
            file.fail(Reason::malformed, "PBKDF2 KeyLength is not 1 to 64");
        length = static_cast<std::size_t>(*value);
    }

    const std::string prf_uri = algorithm_of(child(params, "PRF"));
    const PskcDigest* prf = pskc_prf_digest(prf_uri);
    if (!prf)
        file.fail(Reason::unsupported_algorithm, "PBKDF2 PRF \"" + printable(prf_uri, 80) +
                                                     "\" is not supported (HMAC-SHA1 to -SHA512)");
    return pbkdf2(*how_.passphrase, salt->view(), *iterations, *prf, length);
}

void PskcProtection::load_mac_key() {
    const PskcPlace file;
    const pugi::xml_node method = child(container_, "MACMethod");
    if (!method) file.fail(Reason::malformed, "encrypted values need a MACMethod in the file");
    const std::string uri = algorithm_of(method);
    const PskcDigest* digest = pskc_mac_digest(uri);
    if (!digest)
        file.fail(Reason::unsupported_algorithm, "MAC algorithm \"" + printable(uri, 80) +
                                                     "\" is not supported (HMAC-SHA1 to -SHA512)");
    const pugi::xml_node mac_key = child(method, "MACKey");
    if (!mac_key) {
        if (child(method, "MACKeyReference"))
            file.fail(Reason::unsupported_algorithm, "MACKeyReference is not supported");
        file.fail(Reason::malformed, "MACMethod has no MACKey");
    }

    Ciphertext sealed = read_ciphertext(mac_key, file);
    const auto key = encryption_key(*sealed.cipher);
    auto plain = aes_cbc_decrypt(*sealed.cipher, key, sealed.bytes.view());
    if (!plain) file.fail(Reason::wrong_key, "the MAC key does not decrypt with the key given");
    if (plain->empty()) file.fail(Reason::malformed, "the MAC key is empty");
    mac_key_ = std::move(*plain);
    mac_digest_ = digest;
}

}  // namespace td::crypto::detail
