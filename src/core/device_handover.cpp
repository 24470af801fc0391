#include "device_handover.h"

#include "step.h"

namespace td::core::detail {

Token hardware_token_from(const Device& device, const Policy& policy, const Application& app,
                          TimePoint now) {
    Token t;
    t.kind = TokenKind::hardware;
    t.login_id = app.login_id;
    t.service_id = policy.service_id;
    t.serial = device.serial;
    t.sealed_seed = device.sealed_seed;
    t.mode = device.mode;
    t.algorithm = device.algorithm;
    t.digits = device.digits;
    t.period = device.mode == OtpMode::totp ? device.period : 0;
    // Carried over: codes the device showed before (an earlier holder's) stay used.
    t.counter = device.counter;
    t.state = TokenState::active;
    t.issued_at = now;
    t.activated_at = now;
    t.application_id = app.id;
    return t;
}

void release_device(Context& ctx, Transaction& tx, const Token& ended, bool returned,
                    const std::string& actor) {
    if (ended.kind != TokenKind::hardware) return;
    auto device = tx.devices().find(ended.serial);
    if (!device) throw Fault("hardware token " + std::to_string(ended.id) + " has no device");
    device->counter = ended.counter;
    if (returned) {
        device->state = DeviceState::in_stock;
        device->login_id.clear();
        device->token_id = 0;
    } else {
        device->state = DeviceState::lost;
    }
    tx.devices().update(*device);
    audit(ctx, tx, device->branch_code, actor, returned ? "device_returned" : "device_lost",
          "device:" + device->serial, "token=" + std::to_string(ended.id));
}

}  // namespace td::core::detail
