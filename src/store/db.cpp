#include "db.h"

#include "sql_text.h"
#include "td/core/outcome.h"

namespace td::store {

std::optional<std::string> key_ignoring_case(const Db& db, const char* table, const char* key,
                                             const std::string& value) {
    return db.guard("looking up an ID", [&]() -> std::optional<std::string> {
        std::string stored;
        Query q(db.sql);
        q.out(stored);
        q.in(value);
        if (!q.run(select_key_ignoring_case_sql(table, key))) return std::nullopt;
        return stored;
    });
}

void require_updated(Query& q, std::string_view what) {
    if (q.affected_rows() == 0)
        throw core::Fault("update of " + std::string(what) + " that is not in the database");
}

}  // namespace td::store

namespace td::store {

std::int64_t insert_returning_id(const Db& db, Query& q, const std::string& insert_text,
                                 const char* table) {
    std::int64_t id = 0;
    if (db.dialect.insert_returning_id) {
        q.out(id);
        q.run(insert_text + " RETURNING id");
        return id;
    }
    q.run(insert_text);
    long long last = 0;
    if (!db.sql.get_last_insert_id(table, last))
        throw core::Fault(std::string("the database did not report the id of the new row in ") +
                          table);
    return last;
}

}  // namespace td::store
