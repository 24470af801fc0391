#pragma once
// Token user IDs (ユーザID): 10 digits, the last a Luhn check digit so a mistyped ID is caught
// before it reaches the database.
#include <string>
#include <string_view>

#include "td/core/crypto_ports.h"

namespace td::core {

std::string generate_token_user_id(RandomSource& random);
bool token_user_id_well_formed(std::string_view id);
char luhn_check_digit(std::string_view digits);

}  // namespace td::core
