#pragma once
// What every workflow needs: the database, the clock and the crypto ports.
#include <string>

#include "td/core/clock.h"
#include "td/core/crypto_ports.h"
#include "td/core/entities.h"
#include "td/core/repositories.h"

namespace td::core {

struct Context {
    Store& store;
    const Clock& clock;
    CryptoPorts crypto;
};

// A signed-in member of staff (see StaffService::sign_in).
struct Actor {
    std::string staff_id;
    Role role = Role::teller;
    std::string branch_code;
    std::string staff_name;  // for headers and printed documents; never used to decide
};

}  // namespace td::core
