#pragma once
// A tokendesk-server on 127.0.0.1 for one test: its own database (the backend in
// TD_SERVER_TEST_BACKEND: sqlite, the default, or postgresql on the TD_TEST_PG server) with a
// branch, a contract, a master and a general user, each with a software token issued and not
// yet set up; a tokendesk.conf pinning the test host; "now" fixed at 2026-11-26 10:00 Japan time.
#include <gtest/gtest.h>

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "https_client.h"
#include "server_config.h"
#include "test_databases.h"
#include "test_env.h"
#include "tls_files.h"

namespace td::test {

// 2026-11-26T10:00:00+09:00, the fixture's TOKENDESK_TEST_NOW.
inline constexpr long long kServerNow = 1795654800;

struct IssuedToken {
    std::string service_id, token_user_id, start_password;
};

class ServerTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;
    void TearDown() override;

    // Starts the server (SetUp does, with the default limits): tests of the limits restart it.
    void start_server(const std::optional<server::Limits>& limits = std::nullopt);
    void stop_server();

    HttpsClient host() const {
        return HttpsClient(port_, tls().ca, ClientIdentity{tls().host.cert, tls().host.key});
    }
    HttpsClient as(const TlsFiles::Client& who) const {
        return HttpsClient(port_, tls().ca, ClientIdentity{who.cert, who.key});
    }
    static const TlsFiles& tls() { return *tls_; }
    unsigned short port() const { return port_; }
    const std::string& db_url() const { return db_; }
    // Cuts the server's database connections as a restart of the database server would; false
    // for SQLite, which has none.
    bool cut_database_connections() { return database_->cut_connections(); }
    const std::string& key_file() const { return key_; }
    std::vector<std::string> access_log();

    // Adds a general user without a token, and the branch's approval of their application for
    // online issuance (entered with --online), as the desktop or CLI would make it.
    void approve_online_issuance(const std::string& login);

    // Initial setup through the API; returns the seed in base32.
    std::string set_up_token(const IssuedToken& token);
    // The code of a base32 seed at now + `step_offset` steps of 60 s.
    static std::string code(const std::string& secret_base32, long long step_offset = 0);

    IssuedToken master_token, general_token;
    // Lines a suite adds to the server's tokendesk.conf (set before SetUp).
    std::string extra_conf_;

  private:
    static inline std::filesystem::path tls_dir_;
    static inline std::unique_ptr<TlsFiles> tls_;
    std::filesystem::path dir_;
    std::unique_ptr<store::test::TestDatabase> database_;
    std::string db_, key_;
    std::unique_ptr<ScopedEnv> conf_env_, system_env_, now_env_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable ready_;
    unsigned short port_ = 0;
    bool listening_ = false;
    int exit_code_ = -1;
    std::function<void()> stop_;
    std::vector<std::string> log_;
};

}  // namespace td::test
