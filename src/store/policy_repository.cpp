#include "policy_repository.h"

namespace td::store {

std::map<std::string, std::string> SqlPolicyRepository::all() {
    if (const auto* kept = cache_.fresh()) return *kept;
    return db_.guard("reading the policy", [&] {
        std::map<std::string, std::string> out;
        std::string key, value;
        Query q(db_.sql);
        q.out(key).out(value);
        q.open("SELECT key, value FROM policy");
        while (q.next()) out[key] = value;
        cache_.keep(out);
        return out;
    });
}

void SqlPolicyRepository::put(const std::string& key, const std::string& value) {
    cache_.written();
    db_.guard("changing the policy", [&] {
        // UPDATE then INSERT: upsert syntax differs on every backend. The write transaction
        // (or, on PostgreSQL, the primary key) keeps two writers from both inserting.
        Query update(db_.sql);
        update.in(value).in(key);
        update.run("UPDATE policy SET value = :value WHERE key = :key");
        if (update.affected_rows() > 0) return;
        Query insert(db_.sql);
        insert.in(key).in(value);
        insert.run("INSERT INTO policy (key, value) VALUES (:key, :value)");
    });
}

}  // namespace td::store
