#include "td/core/policy_service.h"

#include "step.h"

namespace td::core {

void PolicyService::ensure_defaults() {
    ctx_.store.run([&](Transaction& tx) {
        const auto stored = tx.policy().all();
        bool wrote = false;
        for (const auto& [key, value] : policy_to_values(Policy::defaults()))
            if (!stored.count(key)) {
                tx.policy().put(key, value);
                wrote = true;
            }
        if (wrote)
            detail::audit(ctx_, tx, kSystemChain, "setup", "policy_defaults_written", "policy");
        return wrote;
    });
}

Policy PolicyService::current() {
    Policy p;
    ctx_.store.read([&](Transaction& tx) { p = detail::load_policy(tx); });
    return p;
}

Outcome<Policy> PolicyService::set(const Actor& actor, const std::string& key,
                                   const std::string& value) {
    if (actor.role != Role::admin) return refuse("role_not_allowed", "as").with("role", "admin");
    auto normalized = normalize_policy_value(key, value);
    if (!normalized) return normalized.refusal();
    return detail::run_step<Policy>(ctx_.store, [&](Transaction& tx) -> Outcome<Policy> {
        tx.policy().put(key, normalized.value());
        detail::audit(ctx_, tx, kSystemChain, actor.staff_id, "policy_set", "policy:" + key,
                      key + "=" + normalized.value());
        return detail::load_policy(tx);
    });
}

}  // namespace td::core
