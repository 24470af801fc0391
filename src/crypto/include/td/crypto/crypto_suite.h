#pragma once
// Every crypto port, built once from the key ring and handed to core as CryptoPorts.
#include <optional>

#include "td/core/crypto_ports.h"
#include "td/crypto/audit_mac.h"
#include "td/crypto/key_file.h"
#include "td/crypto/otp.h"
#include "td/crypto/password_hasher.h"
#include "td/crypto/random.h"
#include "td/crypto/seed_vault.h"

namespace td::crypto {

class CryptoSuite {
  public:
    // `fast_password_hashing` picks ScryptPasswordHasher::fast_for_tests(); tests only.
    // `current`: the key that seals and keys new events (the database's newest, which may be
    // older than the ring's during a rotation); unset: the ring's newest. Throws core::Fault
    // when the ring does not hold it.
    explicit CryptoSuite(const KeyFile& key, bool fast_password_hashing = false,
                         std::optional<int> current = std::nullopt);
    // ports() hands out references to the members, so the suite stays where it was built.
    CryptoSuite(const CryptoSuite&) = delete;
    CryptoSuite& operator=(const CryptoSuite&) = delete;

    core::CryptoPorts ports();

  private:
    OpenSslRandom random_;
    OpenSslOtp otp_;
    AesGcmSeedVault vault_;
    ScryptPasswordHasher hasher_;
    HmacAuditMac audit_mac_;
};

}  // namespace td::crypto
