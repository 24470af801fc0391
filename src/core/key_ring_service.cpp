#include "td/core/key_ring_service.h"

#include "admin_change_step.h"
#include "sealed_batches.h"
#include "step.h"

namespace td::core {
namespace {

constexpr SealedKind kKinds[] = {SealedKind::token_seed, SealedKind::device_seed};

int newest(const std::vector<KeyCheck>& recorded) {
    return recorded.empty() ? 0 : recorded.back().key_id;
}

}  // namespace

Outcome<KeyRingStatus> KeyRingService::status(const Actor& actor) {
    if (auto no = detail::admin_only(actor)) return *no;
    KeyRingStatus status;
    // One read transaction: the counts are one consistent view.
    ctx_.store.read([&](Transaction& tx) {
        status.recorded = tx.keys().recorded();
        status.current = newest(status.recorded);
        for (const auto kind : kKinds) {
            SealedCount count{kind, {}};
            detail::each_sealed(tx, kind, [&](const SealedItem& item) {
                const int key = ctx_.crypto.vault.key_of(item.sealed);
                ++count.by_key[key];
                if (key < status.current) ++status.behind;
            });
            status.sealed.push_back(std::move(count));
        }
    });
    return status;
}

Outcome<HandOver> KeyRingService::hand_over(const Actor& actor, const KeyCheck& key) {
    if (auto no = detail::admin_only(actor)) return *no;
    return detail::run_step<HandOver>(ctx_.store, [&](Transaction& tx) -> Outcome<HandOver> {
        if (auto no = detail::require_active_admin(tx, actor)) return *no;
        const auto recorded = tx.keys().recorded();
        if (key.key_id != newest(recorded) + 1 || ctx_.crypto.audit_mac.key_id() != key.key_id ||
            ctx_.crypto.vault.key_id() != key.key_id)
            return refuse("key_not_next", "key")
                .with("key", std::to_string(key.key_id))
                .with("database_key", std::to_string(newest(recorded)));
        tx.keys().record(key);
        HandOver done{key.key_id, 0};
        for (const auto& chain : tx.audit().chains()) {
            const auto head = tx.audit().lock_head(chain);
            if (!head || head->key_id >= key.key_id) continue;
            detail::audit(ctx_, tx, chain, actor.staff_id, kKeyHandover,
                          "key:" + std::to_string(key.key_id));
            ++done.chains;
        }
        detail::audit(ctx_, tx, kSystemChain, actor.staff_id, "key_rotated",
                      "key:" + std::to_string(key.key_id),
                      "check=" + key.check_value.substr(0, 8) +
                          " chains=" + std::to_string(done.chains));
        return done;
    });
}

Outcome<ResealProgress> KeyRingService::reseal(const Actor& actor, std::size_t batch_size,
                                               const ResealWatch& watch) {
    if (auto no = detail::admin_only(actor)) return *no;
    if (batch_size == 0) return refuse("digits_length", "batch-size").with("min", "1");
    const int current = ctx_.crypto.vault.key_id();
    std::optional<Refusal> refused;
    ctx_.store.read([&](Transaction& tx) {
        refused = detail::require_active_admin(tx, actor);
        const int database_key = newest(tx.keys().recorded());
        if (!refused && database_key != current)
            refused = refuse("key_not_handed_over", "key")
                          .with("key", std::to_string(current))
                          .with("database_key", std::to_string(database_key));
    });
    if (refused) return *refused;

    ResealProgress progress;
    for (const auto kind : kKinds) {
        progress.kind = kind;
        std::string after;
        bool more = true;
        while (more) {
            ++progress.batch;
            ResealProgress batch = progress;
            std::string last = after;
            // What the step learns is kept only once its transaction has committed.
            ctx_.store.run([&](Transaction& tx) {
                batch = progress;
                const auto items = tx.sealed_data().after(kind, after, batch_size);
                more = items.size() == batch_size;
                last = items.empty() ? after : items.back().id;
                for (const auto& item : items) {
                    if (ctx_.crypto.vault.key_of(item.sealed) == current) continue;
                    const auto resealed = ctx_.crypto.vault.seal(ctx_.crypto.vault.unseal(item.sealed));
                    if (tx.sealed_data().replace(kind, item.id, item.sealed, resealed))
                        ++batch.resealed;
                    else
                        ++batch.skipped;
                }
                if (watch.before_commit) watch.before_commit(batch.batch);
                return true;
            });
            progress = batch;
            after = last;
            if (watch.batch_done) watch.batch_done(progress);
        }
    }
    detail::run_step<bool>(ctx_.store, [&](Transaction& tx) -> Outcome<bool> {
        detail::audit(ctx_, tx, kSystemChain, actor.staff_id, "keys_resealed",
                      "key:" + std::to_string(current),
                      "resealed=" + std::to_string(progress.resealed) +
                          " skipped=" + std::to_string(progress.skipped));
        return true;
    });
    return progress;
}

}  // namespace td::core
