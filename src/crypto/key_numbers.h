#pragma once
// Keys by their number in the key ring, as the vault and the audit MAC hold them.
#include <map>

#include "td/core/secret_bytes.h"

namespace td::crypto::detail {

// A single key, numbered 1: the key file of before the ring, and tests.
inline std::map<int, core::SecretBytes> as_key_one(const core::SecretBytes& key) {
    std::map<int, core::SecretBytes> keys;
    keys.emplace(1, key);
    return keys;
}

}  // namespace td::crypto::detail
