#pragma once
// One KeyPackage of a PSKC file into a PskcKey: device, algorithm, response format and data.
#include <cstddef>
#include <optional>
#include <pugixml.hpp>

#include "pskc_protection.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto::detail {

inline constexpr std::size_t kPskcMaxSecret = 128;
inline constexpr std::size_t kPskcMaxText = 128;  // serial and manufacturer
inline constexpr std::uint64_t kPskcMaxPeriod = 3600;

struct PskcReadKey {
    PskcKey key;
    bool encrypted = false;   // the Secret was an EncryptedValue
    bool mac_failed = false;  // ... whose ValueMAC did not verify; the secret is then empty
};

// nullopt for a KeyPackage without a Key: RFC 6030 allows one that only describes a device.
// `index` is 1-based, for messages.
std::optional<PskcReadKey> read_key_package(const pugi::xml_node& package, std::size_t index,
                                            PskcProtection& protection);

}  // namespace td::crypto::detail
