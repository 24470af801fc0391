#include "td/crypto/crypto_suite.h"

namespace td::crypto {

CryptoSuite::CryptoSuite(KeyFile key, bool fast_password_hashing)
    : vault_(key.seed_sealing_key()),
      hasher_(fast_password_hashing ? ScryptPasswordHasher::fast_for_tests()
                                    : ScryptPasswordHasher::production()),
      audit_mac_(key.audit_chain_key()) {}

core::CryptoPorts CryptoSuite::ports() {
    return core::CryptoPorts{random_, otp_, vault_, hasher_, audit_mac_};
}

}  // namespace td::crypto
