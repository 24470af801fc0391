#pragma once
// Turning an OpenSSL failure into core::Fault. OpenSSL's error strings name the failing
// routine and reason, never key material, so they are safe to pass on.

namespace td::crypto::detail {

// Throws core::Fault("<operation> failed: <OpenSSL reason>") and empties the error queue.
[[noreturn]] void throw_openssl(const char* operation);

// Requires `ok`; otherwise throw_openssl(operation).
inline void check(int ok, const char* operation) {
    if (ok <= 0) throw_openssl(operation);
}

}  // namespace td::crypto::detail
