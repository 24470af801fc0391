#pragma once
// Test databases on the PostgreSQL server named by TD_TEST_PG, reached natively or via ODBC.
#include <memory>
#include <optional>
#include <string>

#include "test_databases.h"

namespace td::store::test {

// Why server backends cannot be tested here (TD_TEST_PG unset), or nothing.
std::optional<std::string> server_unavailable();

// A postgresql:// URL of `database` (which must exist) on the TD_TEST_PG server, signing in
// with `password` instead of the right one when given.
std::string server_url(const std::string& database, const std::string& password = {});

// A database created afresh on the server and dropped again by the destructor.
std::unique_ptr<TestDatabase> make_postgresql_database();
std::unique_ptr<TestDatabase> make_odbc_database();

}  // namespace td::store::test
