#pragma once
// What a database records of the key that seals its seeds and keys its audit chain, so that
// a program started with another key file stops before it writes anything: the key's number
// and a check value derived from the key (never the key, nor anything that opens a seed).
// The crypto adapter derives it; the store keeps it beside the schema.
#include <string>

namespace td::core {

struct KeyCheck {
    // The key's number. A key file of today holds key 1; a later key ring numbers its keys
    // and records one check per key.
    int key_id = 1;
    // Lower-case hex, derived from the key with a label of its own.
    std::string check_value;

    bool operator==(const KeyCheck&) const = default;
};

// Enough of the check value for a person to compare two of them by eye.
inline std::string short_check(const KeyCheck& check) {
    return "key " + std::to_string(check.key_id) + " check " + check.check_value.substr(0, 8);
}

}  // namespace td::core
