#pragma once
// Fresh, empty databases for the store tests, one per test, for each backend under test.
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace td::store::test {

// One empty database; dropping it removes what it created.
class TestDatabase {
  public:
    virtual ~TestDatabase() = default;
    virtual std::string url() const = 0;
    // Server backends: cuts every connection to this database, as a server restart or a
    // network failure would (pg_terminate_backend). False where there is no server.
    virtual bool cut_connections() { return false; }
};

// The backends to test: TD_TEST_DATABASES, a comma-separated list such as
// "sqlite,postgresql,odbc"; "sqlite" when unset or empty.
std::vector<std::string> backends_under_test();

// Why `backend` cannot be tested in this environment (a server backend without TD_TEST_PG),
// or nothing. Tests of such a backend are skipped with this reason.
std::optional<std::string> backend_unavailable(const std::string& backend);

// A new empty database of `backend`. Throws std::runtime_error for a backend with no factory
// yet, so that asking CI for one fails loudly instead of testing nothing.
std::unique_ptr<TestDatabase> make_test_database(const std::string& backend);

}  // namespace td::store::test
