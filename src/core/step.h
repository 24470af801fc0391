#pragma once
// Private helpers shared by the workflow services (not part of core's public headers).
#include <optional>
#include <string>
#include <utility>

#include "td/core/audit_trail.h"
#include "td/core/context.h"
#include "td/core/names.h"
#include "td/core/policy.h"

namespace td::core::detail {

// One workflow step in one transaction: commits only when the step succeeds (rule 14).
template <class T, class F>
Outcome<T> run_step(Store& store, F&& step) {
    std::optional<Outcome<T>> result;
    store.run([&](Transaction& tx) {
        result.emplace(step(tx));
        return result->ok();
    });
    return std::move(*result);
}

// For steps whose refusal must still be remembered (failure counters): the step writes only
// what must persist before refusing, and the transaction commits either way.
template <class T, class F>
Outcome<T> run_counted_step(Store& store, F&& step) {
    std::optional<Outcome<T>> result;
    store.run([&](Transaction& tx) {
        result.emplace(step(tx));
        return true;
    });
    return std::move(*result);
}

// The cheap check before any work; steps that change something check the actor's row again
// inside their transaction (require_active_admin).
inline std::optional<Refusal> admin_only(const Actor& actor) {
    if (actor.role != Role::admin) return refuse("role_not_allowed", "as").with("role", "admin");
    return std::nullopt;
}

inline Policy load_policy(Transaction& tx) {
    return policy_from_values(tx.policy().all());
}

inline void audit(Context& ctx, Transaction& tx, std::string chain, std::string actor,
                  std::string action, std::string target, std::string detail = {}) {
    AuditEvent e;
    e.chain = std::move(chain);
    e.at = ctx.clock.now();
    e.actor = std::move(actor);
    e.action = std::move(action);
    e.target = std::move(target);
    e.detail = std::move(detail);
    record_event(tx, ctx.crypto.audit_mac, std::move(e));
}

// The branch whose audit chain records what a customer does online: the contract's home branch.
inline std::string home_branch_of(Transaction& tx, const User& u) {
    const auto c = tx.contracts().find(u.contract_number);
    if (!c) throw Fault("user " + u.login_id + " has no contract");
    return c->branch_code;
}

inline std::string customer_actor(const std::string& login_id) {
    return "customer:" + login_id;
}

}  // namespace td::core::detail
