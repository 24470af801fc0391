#include "openssl_error.h"

#include <openssl/err.h>

#include <string>

#include "td/core/outcome.h"

namespace td::crypto::detail {

void throw_openssl(const char* operation) {
    std::string message = std::string(operation) + " failed";
    // The earliest error is the root cause; later ones are usually wrappers around it.
    if (unsigned long code = ERR_get_error(); code != 0) {
        char reason[256];
        ERR_error_string_n(code, reason, sizeof reason);
        message += ": ";
        message += reason;
    }
    ERR_clear_error();
    throw core::Fault(message);
}

}  // namespace td::crypto::detail
