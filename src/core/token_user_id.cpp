#include "td/core/token_user_id.h"

#include <array>

namespace td::core {

char luhn_check_digit(std::string_view digits) {
    int sum = 0;
    bool twice = true;  // the digit next to the check digit is doubled
    for (auto it = digits.rbegin(); it != digits.rend(); ++it, twice = !twice) {
        int d = *it - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return char('0' + (10 - sum % 10) % 10);
}

std::string generate_token_user_id(RandomSource& random) {
    std::array<std::uint8_t, 9> bytes{};
    std::string body;
    while (body.size() < 9) {
        random.fill(bytes);
        for (auto b : bytes) {
            if (b >= 250 || body.size() == 9) continue;  // rejection keeps digits uniform
            const char d = char('0' + b % 10);
            if (body.empty() && d == '0') continue;  // no leading zero: IDs survive spreadsheets
            body += d;
        }
    }
    return body + luhn_check_digit(body);
}

bool token_user_id_well_formed(std::string_view id) {
    if (id.size() != 10) return false;
    for (char c : id)
        if (c < '0' || c > '9') return false;
    return luhn_check_digit(id.substr(0, 9)) == id[9];
}

}  // namespace td::core
