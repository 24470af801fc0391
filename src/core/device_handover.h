#pragma once
// Hardware tokens and the device stock: a device becomes a user's token at approval, and comes
// back to the shelf, or is written off, when that token ends.
#include <string>

#include "td/core/context.h"
#include "td/core/policy.h"

namespace td::core::detail {

// The token a device becomes for the application's user: active at once, since the approving
// manager has just seen the device's code (proof of possession).
Token hardware_token_from(const Device& device, const Policy& policy, const Application& app,
                          TimePoint now);

// The device of an ended hardware token: back in stock, its assignment cleared, when handed
// back working (`returned`); otherwise written off as lost. No-op for a software token.
void release_device(Context& ctx, Transaction& tx, const Token& ended, bool returned,
                    const std::string& actor);

}  // namespace td::core::detail
