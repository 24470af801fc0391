#include "migrate.h"

#include <algorithm>
#include <string>

#include "td/core/outcome.h"
#include "td/store/connection_failure.h"
#include "td/store/open_store.h"
#include "write_transaction.h"

namespace td::store {
namespace {

std::string expand(std::string statement, const Dialect& dialect) {
    static const std::string kIdPk = "{id_pk}";
    for (auto at = statement.find(kIdPk); at != std::string::npos;
         at = statement.find(kIdPk, at + dialect.identity_primary_key.size()))
        statement.replace(at, kIdPk.size(), dialect.identity_primary_key);
    return statement;
}

bool has_table(const Db& db, const std::string& table) {
    // SOCI's portable catalogue query (sqlite_master, information_schema, ODBC SQLTables).
    std::string name;
    soci::statement st = (db.sql.prepare_table_names(), soci::into(name));
    st.execute();
    while (st.fetch())
        if (name == table) return true;
    return false;
}

int max_version(const Db& db) {
    int version = 0;
    soci::indicator ind = soci::i_null;
    db.sql << "SELECT MAX(version) FROM schema_version", soci::into(version, ind);
    return ind == soci::i_ok ? version : 0;
}

std::vector<core::KeyCheck> read_keys(const Db& db) {
    std::vector<core::KeyCheck> out;
    if (!has_table(db, "key_checks")) return out;
    int key_id = 0;
    std::string check;
    Query q(db.sql);
    q.out(key_id).out(check);
    q.open("SELECT key_id, check_value FROM key_checks ORDER BY key_id");
    while (q.next()) out.push_back({key_id, check});
    return out;
}

}  // namespace

void refuse_newer_schema(int stored, int known) {
    if (stored > known)
        throw ConnectionFailed(ConnectionProblem::newer_schema,
                               "database schema version " + std::to_string(stored) +
                                   " is newer than this TokenDesk (" + std::to_string(known) +
                                   "); upgrade TokenDesk");
}

int stored_version(const Db& db) {
    return db.guard("reading the schema version",
                    [&] { return has_table(db, "schema_version") ? max_version(db) : 0; });
}

std::vector<core::KeyCheck> recorded_keys(const Db& db) {
    return db.guard("reading the database's key check", [&] { return read_keys(db); });
}

bool key_matches(const std::vector<core::KeyCheck>& recorded,
                 const std::vector<core::KeyCheck>& ring) {
    return std::all_of(recorded.begin(), recorded.end(), [&](const core::KeyCheck& key) {
        return std::find(ring.begin(), ring.end(), key) != ring.end();
    });
}

void migrate(const Db& db, const std::vector<Migration>& migrations,
             const std::vector<core::KeyCheck>& ring) {
    const int known = static_cast<int>(migrations.size());
    db.guard("upgrading the database schema", [&] {
        WriteTransaction tx(db);
        if (!db.dialect.lock_schema.empty()) db.sql << db.dialect.lock_schema;
        // Inside the transaction, so that two programs opening a new database at once
        // queue here and the second finds the schema done.
        db.sql
            << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY)";
        const int current = max_version(db);
        refuse_newer_schema(current, known);
        for (int version = current + 1; version <= known; ++version) {
            db.guard("applying schema step " + std::to_string(version), [&] {
                const auto& step = migrations[static_cast<std::size_t>(version - 1)];
                for (const auto& statement : step.statements)
                    db.sql << expand(statement, db.dialect);
                db.sql << "INSERT INTO schema_version (version) VALUES (:version)",
                    soci::use(version);
            });
        }
        if (!ring.empty() && has_table(db, "key_checks")) {
            // Read again under the lock: another program may have recorded its key meanwhile.
            const auto recorded = read_keys(db);
            if (recorded.empty()) {
                for (const auto& key : ring) {
                    int key_id = key.key_id;
                    std::string check = key.check_value;
                    db.sql << "INSERT INTO key_checks (key_id, check_value) VALUES (:id, :check)",
                        soci::use(key_id), soci::use(check);
                }
            } else if (!key_matches(recorded, ring)) {
                throw KeyMismatch(recorded, ring);  // ~WriteTransaction rolls back
            }
        }
        tx.commit();
    });
}

}  // namespace td::store
