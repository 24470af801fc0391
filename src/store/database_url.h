#pragma once
// From a TokenDesk database URL to a dialect and a SOCI connection string.
#include <string>

#include "dialect.h"

namespace td::store {

struct DatabaseTarget {
    const Dialect* dialect = nullptr;
    std::string connect_string;
};

// Throws core::Fault for an unsupported or malformed URL. For `sqlite:PATH`, creates PATH's
// parent directories (a first start on a fresh PC has none).
DatabaseTarget resolve_database_url(const std::string& url);

}  // namespace td::store
