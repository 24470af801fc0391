#include "linked_backends.h"

#include <mutex>

// SOCI's own registration functions (declared here rather than through the backends' headers,
// which would bring the ODBC and libpq headers into this file).
extern "C" {
void register_factory_sqlite3();
void register_factory_postgresql();
void register_factory_odbc();
}

namespace td::store {

void register_linked_backends() {
    static std::once_flag once;
    std::call_once(once, [] {
        register_factory_sqlite3();
        register_factory_postgresql();
        register_factory_odbc();
    });
}

}  // namespace td::store
