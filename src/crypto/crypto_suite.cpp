#include "td/crypto/crypto_suite.h"

#include <map>

namespace td::crypto {
namespace {

std::map<int, core::SecretBytes> sealing_keys(const KeyFile& ring) {
    std::map<int, core::SecretBytes> out;
    for (const auto& k : ring.keys()) out.emplace(k.id, k.seed_sealing_key);
    return out;
}

std::map<int, core::SecretBytes> audit_keys(const KeyFile& ring) {
    std::map<int, core::SecretBytes> out;
    for (const auto& k : ring.keys()) out.emplace(k.id, k.audit_chain_key);
    return out;
}

}  // namespace

CryptoSuite::CryptoSuite(const KeyFile& key, bool fast_password_hashing,
                         std::optional<int> current)
    : vault_(sealing_keys(key), current.value_or(key.newest().id)),
      hasher_(fast_password_hashing ? ScryptPasswordHasher::fast_for_tests()
                                    : ScryptPasswordHasher::production()),
      audit_mac_(audit_keys(key), current.value_or(key.newest().id)) {}

core::CryptoPorts CryptoSuite::ports() {
    return core::CryptoPorts{random_, otp_, vault_, hasher_, audit_mac_};
}

}  // namespace td::crypto
