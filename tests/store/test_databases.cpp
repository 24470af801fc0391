#include "test_databases.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <stdexcept>

#include "server_databases.h"

namespace td::store::test {
namespace {

namespace fs = std::filesystem;

// A private directory per test (ctest runs tests in parallel processes); the file sits one
// level deeper so that every test also checks that open_store creates parent directories.
class SqliteDatabase final : public TestDatabase {
  public:
    SqliteDatabase() {
        std::random_device random;
        const auto tag = std::to_string(random()) + "-" + std::to_string(random());
        dir_ = fs::temp_directory_path() / ("td-store-test-" + tag);
        path_ = dir_ / "data" / "tokendesk.db";
    }
    ~SqliteDatabase() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    std::string url() const override { return "sqlite:" + path_.string(); }

  private:
    fs::path dir_, path_;
};

using Factory = std::function<std::unique_ptr<TestDatabase>()>;

// Adding a backend to the tests means adding its factory here.
const std::map<std::string, Factory>& factories() {
    static const std::map<std::string, Factory> f{
        {"sqlite", [] { return std::make_unique<SqliteDatabase>(); }},
        {"postgresql", make_postgresql_database},
        {"odbc", make_odbc_database},
    };
    return f;
}

}  // namespace

std::vector<std::string> backends_under_test() {
    const char* env = std::getenv("TD_TEST_DATABASES");
    const std::string list = env && *env ? env : "sqlite";
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = std::min(list.find(',', start), list.size());
        auto name = list.substr(start, comma - start);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        if (!name.empty()) out.push_back(name);
        start = comma + 1;
    }
    return out;
}

std::optional<std::string> backend_unavailable(const std::string& backend) {
    if (backend == "postgresql" || backend == "odbc") return server_unavailable();
    return std::nullopt;
}

std::unique_ptr<TestDatabase> make_test_database(const std::string& backend) {
    const auto it = factories().find(backend);
    if (it == factories().end())
        throw std::runtime_error("no test database factory for backend \"" + backend +
                                 "\" (TD_TEST_DATABASES)");
    return it->second();
}

}  // namespace td::store::test
