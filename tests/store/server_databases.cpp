#include "server_databases.h"

#include <soci/soci.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>

#include "linked_backends.h"

namespace td::store::test {
namespace {

// TD_TEST_PG as libpq key=value pairs ("host=127.0.0.1 port=55432 user=postgres
// password=…"); values without spaces or quotes, as scripts/test-postgres.sh prints them.
std::map<std::string, std::string> server_settings() {
    const char* env = std::getenv("TD_TEST_PG");
    if (!env || !*env) throw std::runtime_error("TD_TEST_PG is not set");
    std::map<std::string, std::string> out;
    std::istringstream words(env);
    std::string word;
    while (words >> word) {
        const auto eq = word.find('=');
        if (eq == std::string::npos) throw std::runtime_error("TD_TEST_PG: expected key=value");
        out[word.substr(0, eq)] = word.substr(eq + 1);
    }
    for (const char* key : {"host", "port", "user", "password"})
        if (!out.contains(key)) throw std::runtime_error(std::string("TD_TEST_PG lacks ") + key);
    return out;
}

std::string percent_encoded(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// Administers databases through the server's maintenance database.
void administer(const std::string& statement) {
    register_linked_backends();
    soci::session admin("postgresql", std::string(std::getenv("TD_TEST_PG")) + " dbname=postgres");
    admin << statement;
}

// Unique across the parallel test processes ctest starts and the tests within one.
std::string fresh_name() {
    static std::atomic<int> counter{0};
    static const unsigned process = std::random_device{}();
    return "td_test_" + std::to_string(process) + "_" + std::to_string(++counter);
}

class ServerDatabase : public TestDatabase {
  public:
    ServerDatabase() : settings_(server_settings()), name_(fresh_name()) {
        administer("CREATE DATABASE " + name_ + " ENCODING 'UTF8' TEMPLATE template0");
    }
    ~ServerDatabase() override {
        try {
            // FORCE: a test that failed may have left a store open.
            administer("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        } catch (...) {
            // The throwaway cluster goes away with the test run anyway.
        }
    }

    bool cut_connections() override {
        administer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                   name_ + "' AND pid <> pg_backend_pid()");
        return true;
    }

  protected:
    std::map<std::string, std::string> settings_;
    std::string name_;
};

class PostgresqlDatabase final : public ServerDatabase {
  public:
    std::string url() const override { return server_url(name_) + "?sslmode=disable"; }
};

class OdbcDatabase final : public ServerDatabase {
  public:
    // A DSN-less connection: tests need no odbc.ini.
    std::string url() const override {
        return "odbc:Driver={PostgreSQL Unicode};Server=" + settings_.at("host") +
               ";Port=" + settings_.at("port") + ";Database=" + name_ +
               ";Uid=" + settings_.at("user") + ";Pwd=" + settings_.at("password") + ";";
    }
};

}  // namespace

std::optional<std::string> server_unavailable() {
    const char* env = std::getenv("TD_TEST_PG");
    if (env && *env) return std::nullopt;
    return "TD_TEST_PG is not set: start a server with scripts/test-postgres.sh start DIR and "
           "export the line it prints";
}

// The URL form TokenDesk's users write, percent-encoded, so the tests cover it too.
std::string server_url(const std::string& database, const std::string& password) {
    const auto settings = server_settings();
    return "postgresql://" + percent_encoded(settings.at("user")) + ":" +
           percent_encoded(password.empty() ? settings.at("password") : password) + "@" +
           settings.at("host") + ":" + settings.at("port") + "/" + database;
}

std::unique_ptr<TestDatabase> make_postgresql_database() {
    return std::make_unique<PostgresqlDatabase>();
}

std::unique_ptr<TestDatabase> make_odbc_database() {
    return std::make_unique<OdbcDatabase>();
}

}  // namespace td::store::test
