#include "key_repository.h"

#include "migrate.h"

namespace td::store {

std::vector<core::KeyCheck> SqlKeyRepository::recorded() {
    return recorded_keys(db_);
}

void SqlKeyRepository::record(const core::KeyCheck& key) {
    db_.guard("recording a key of the key ring", [&] {
        Query q(db_.sql);
        q.in(key.key_id).in(key.check_value);
        q.run("INSERT INTO key_checks (key_id, check_value) VALUES (:id, :check)");
    });
}

}  // namespace td::store
