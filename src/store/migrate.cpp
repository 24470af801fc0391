#include "migrate.h"

#include <string>

#include "td/core/outcome.h"
#include "td/store/connection_failure.h"
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

bool has_version_table(const Db& db) {
    // SOCI's portable catalogue query (sqlite_master, information_schema, ODBC SQLTables).
    std::string name;
    soci::statement st = (db.sql.prepare_table_names(), soci::into(name));
    st.execute();
    while (st.fetch())
        if (name == "schema_version") return true;
    return false;
}

int max_version(const Db& db) {
    int version = 0;
    soci::indicator ind = soci::i_null;
    db.sql << "SELECT MAX(version) FROM schema_version", soci::into(version, ind);
    return ind == soci::i_ok ? version : 0;
}

}  // namespace

int stored_version(const Db& db) {
    return db.guard("reading the schema version",
                    [&] { return has_version_table(db) ? max_version(db) : 0; });
}

void migrate(const Db& db, const std::vector<Migration>& migrations) {
    const int known = static_cast<int>(migrations.size());
    db.guard("upgrading the database schema", [&] {
        WriteTransaction tx(db);
        if (!db.dialect.lock_schema.empty()) db.sql << db.dialect.lock_schema;
        // Inside the transaction, so that two programs opening a new database at once
        // queue here and the second finds the schema done.
        db.sql
            << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY)";
        const int current = max_version(db);
        if (current > known)
            throw ConnectionFailed(ConnectionProblem::newer_schema,
                                   "database schema version " + std::to_string(current) +
                                       " is newer than this TokenDesk (" + std::to_string(known) +
                                       "); upgrade TokenDesk");
        for (int version = current + 1; version <= known; ++version) {
            db.guard("applying schema step " + std::to_string(version), [&] {
                const auto& step = migrations[static_cast<std::size_t>(version - 1)];
                for (const auto& statement : step.statements)
                    db.sql << expand(statement, db.dialect);
                db.sql << "INSERT INTO schema_version (version) VALUES (:version)",
                    soci::use(version);
            });
        }
        tx.commit();
    });
}

}  // namespace td::store
