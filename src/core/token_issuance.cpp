#include "token_issuance.h"

#include <array>

#include "td/core/token_user_id.h"

namespace td::core::detail {

std::string generate_start_password(RandomSource& random) {
    std::string out;
    std::array<std::uint8_t, 16> bytes{};
    while (out.size() < 8) {
        random.fill(bytes);
        for (auto b : bytes)
            if (b < 250 && out.size() < 8) out += char('0' + b % 10);
    }
    return out;
}

Token issue_software_token(Context& ctx, Transaction& tx, const Policy& policy,
                           const Application& app, const User& user) {
    std::string token_user_id;
    // Collisions are rare (1 in 10^9 per pair) but the ID must be unique, so look before use.
    for (int attempt = 0; attempt < 20; ++attempt) {
        token_user_id = generate_token_user_id(ctx.crypto.random);
        if (!tx.tokens().find_by_token_user_id(token_user_id)) break;
        token_user_id.clear();
    }
    if (token_user_id.empty()) throw Fault("could not find a free token user ID");

    SecretBytes seed(kSeedBytes);
    ctx.crypto.random.fill(seed.data());

    Token t;
    t.kind = TokenKind::software;
    t.login_id = user.login_id;
    t.service_id = policy.service_id;
    t.token_user_id = token_user_id;
    t.mobile_email = user.mobile_email;
    t.sealed_seed = ctx.crypto.vault.seal(seed);
    t.mode = OtpMode::totp;
    t.algorithm = HashAlgorithm::sha1;
    t.digits = policy.otp_digits;
    t.period = kTotpPeriod;
    t.counter = -1;
    t.start_password_hash = app.start_password_hash;
    t.state = TokenState::issued;
    t.issued_at = ctx.clock.now();
    t.application_id = app.id;
    t.id = tx.tokens().insert(t);
    return t;
}

}  // namespace td::core::detail
