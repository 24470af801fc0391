#pragma once
// Every sealed item of a kind, read in batches inside the caller's transaction (a key file's
// status, the database check): one place that knows how to page through SealedDataRepository.
#include <cstddef>
#include <string>

#include "td/core/repositories.h"

namespace td::core::detail {

template <class F>
void each_sealed(Transaction& tx, SealedKind kind, F&& visit, std::size_t batch_size = 500) {
    std::string after;
    for (;;) {
        const auto items = tx.sealed_data().after(kind, after, batch_size);
        for (const auto& item : items) visit(item);
        if (items.size() < batch_size) return;
        after = items.back().id;
    }
}

}  // namespace td::core::detail
