#pragma once
// Statement text built from one column list per table, so that the column order of the SQL
// and of the bindings is written down once. The key column always comes last, so one binding
// order serves SELECT, INSERT and UPDATE alike.
#include <initializer_list>
#include <string>

namespace td::store {

using Columns = std::initializer_list<const char*>;

// "SELECT a, b, key FROM t"
std::string select_sql(const char* table, Columns columns, const char* key);
// "INSERT INTO t (a, b, key) VALUES (:a, :b, :key)"; without key for generated ids.
std::string insert_sql(const char* table, Columns columns, const char* key = nullptr);
// "SELECT key FROM t WHERE lower(key) = lower(:key)": the row an index on lower(key) finds.
std::string select_key_ignoring_case_sql(const char* table, const char* key);
// "UPDATE t SET a = :a, b = :b WHERE key = :key"
std::string update_sql(const char* table, Columns columns, const char* key);

}  // namespace td::store
