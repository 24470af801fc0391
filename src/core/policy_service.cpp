#include "td/core/policy_service.h"

#include "admin_change_step.h"

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
            detail::audit(ctx_, tx, kSystemChain, detail::kSetupActor, "policy_defaults_written",
                          "policy");
        return wrote;
    });
}

Policy PolicyService::current() {
    Policy p;
    ctx_.store.read([&](Transaction& tx) { p = detail::load_policy(tx); });
    return p;
}

Outcome<AdminChange> PolicyService::set(const Actor& actor, const std::string& key,
                                        const std::string& value) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    auto normalized = normalize_policy_value(key, value);
    if (!normalized) return normalized.refusal();
    const std::string target = "policy:" + key;
    return detail::run_change_step(ctx_.store, target, [&](Transaction& tx) -> Outcome<AdminChange> {
        if (auto bad = detail::require_active_admin(tx, actor)) return *bad;
        return detail::enter_change(ctx_, tx, actor.staff_id,
                                    {AdminChangeKind::policy_set, target,
                                     key + "=" + normalized.value(),
                                     {{"key", key}, {"value", normalized.value()}}});
    });
}

namespace detail {

Check check_policy_change(Transaction&, const Fields& f) {
    if (auto ok = normalize_policy_value(field_of(f, "key"), field_of(f, "value")); !ok)
        return ok.refusal();
    return std::nullopt;
}

void apply_policy_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f) {
    const auto& key = field_of(f, "key");
    const auto& value = field_of(f, "value");
    tx.policy().put(key, value);
    audit(ctx, tx, kSystemChain, c.maker_id, "policy_set", "policy:" + key,
          key + "=" + value + " " + change_note(c));
}

}  // namespace detail

}  // namespace td::core
