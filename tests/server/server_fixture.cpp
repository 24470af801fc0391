#include "server_fixture.h"

#include <fstream>
#include <random>

#include "server_main.h"
#include "staff_setup.h"
#include "td/core/application_service.h"
#include "td/core/base32.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/crypto/otp.h"
#include "td/runtime/runtime.h"

namespace td::test {

namespace {

namespace fs = std::filesystem;

fs::path unique_dir(const std::string& prefix) {
    std::random_device rd;
    return fs::temp_directory_path() / (prefix + std::to_string(rd()) + std::to_string(rd()));
}

template <class T>
T must(core::Outcome<T> outcome) {
    if (!outcome) throw std::runtime_error("seeding refused: " + outcome.refusal().code);
    return std::move(outcome).value();
}

IssuedToken issue(core::Context ctx, const core::Actor& teller, const core::Actor& manager,
                  const std::string& login, const std::string& start_password) {
    core::ApplicationService apps(ctx);
    auto in = must(apps.apply_software_token(teller, {login, start_password, false, {}}));
    auto approved = must(apps.approve(manager, in.application.id));
    return {approved.token->service_id, approved.token->token_user_id, start_password};
}

}  // namespace

void ServerTest::SetUpTestSuite() {
    tls_dir_ = unique_dir("td-server-tls-");
    tls_ = std::make_unique<TlsFiles>(make_tls_files(tls_dir_));
}

void ServerTest::TearDownTestSuite() {
    tls_.reset();
    fs::remove_all(tls_dir_);
}

void ServerTest::SetUp() {
    const std::string backend = get_env("TD_SERVER_TEST_BACKEND").value_or("sqlite");
    if (auto why = store::test::backend_unavailable(backend)) GTEST_SKIP() << *why;
    dir_ = unique_dir("td-server-");
    fs::create_directories(dir_);
    database_ = store::test::make_test_database(backend);
    db_ = database_->url();
    key_ = (dir_ / "td.key").string();
    now_env_ = std::make_unique<ScopedEnv>("TOKENDESK_TEST_NOW", "2026-11-26T10:00:00+09:00");
    {
        runtime::Runtime rt(db_, key_, runtime::make_clock(db_), /*fast_password_hashing=*/true,
                            runtime::Opening::create);
        const core::Context ctx = rt.context();
        core::PolicyService(ctx).ensure_defaults();
        core::StaffService staff(ctx);
        must(staff.add_branch(std::nullopt, {"001", "本店", "東京都千代田区1-1", "03-1234-5678"}));
        must(staff.add_staff(std::nullopt, {"admin", "管理 太郎", "001", "admin", "admin-pass-01"}));
        const auto admin = must(staff.sign_in("admin", "admin-pass-01"));
        const auto teller = must(test::add_signed_in_staff(
            staff, admin, {"teller", "窓口 花子", "001", "teller", "password-0001"}));
        const auto manager = must(test::add_signed_in_staff(
            staff, admin, {"manager", "検印 次郎", "001", "manager", "password-0001"}));
        core::CustomerService customers(ctx);
        must(customers.add_contract(
            teller, {"1000001", "株式会社テスト商事", "カブシキガイシャテストショウジ", "山田 太郎",
                     "代表取締役", "100-0001", "東京都千代田区千代田1-1", "03-0000-0000", "001"}));
        must(customers.add_user(teller,
                                {"master1", "1000001", "山田 様", "master", "m1@docomo.ne.jp"}));
        must(customers.add_user(teller,
                                {"gen1", "1000001", "佐藤 様", "general", "g1@ezweb.ne.jp"}));
        master_token = issue(ctx, teller, manager, "master1", "4321");
        general_token = issue(ctx, teller, manager, "gen1", "5678");
    }
    const fs::path conf = dir_ / "tokendesk.conf";
    std::ofstream(conf) << "server_listen = 127.0.0.1:0\n"
                        << "server_certificate = " << tls().server_cert.string() << "\n"
                        << "server_private_key = " << tls().server_key.string() << "\n"
                        << "server_client_ca = " << tls().ca.string() << "\n"
                        << "server_host = ib-host " << tls().host.fingerprint << " SEIKYO01\n"
                        << "server_host = old-host " << tls().expired.fingerprint << " SEIKYO01\n"
                        << "server_host = stranger " << tls().other_ca.fingerprint << " SEIKYO01\n"
                        << extra_conf_;
    conf_env_ = std::make_unique<ScopedEnv>("TOKENDESK_CONF", conf.string());
    system_env_ = std::make_unique<ScopedEnv>("TOKENDESK_SYSTEM_CONF", (dir_ / "none").string());
    start_server();
}

void ServerTest::start_server(const std::optional<server::Limits>& limits) {
    listening_ = false;
    exit_code_ = -1;
    server::ServerHooks hooks;
    hooks.listening = [this](unsigned short port, std::function<void()> stop) {
        std::lock_guard lock(mutex_);
        port_ = port;
        stop_ = std::move(stop);
        listening_ = true;
        ready_.notify_all();
    };
    hooks.access_log = [this](const std::string& line) {
        std::lock_guard lock(mutex_);
        log_.push_back(line);
    };
    // Tests call one login ID more often than a customer would.
    server::Limits generous;
    generous.login_burst = 1000;
    generous.mail_poll = std::chrono::milliseconds(100);
    server::Limits l = limits.value_or(generous);
    l.workers = std::min(l.workers, 4);
    hooks.limits = l;
    thread_ = std::thread([this, hooks] {
        const int code = server::server_main({"--db", db_, "--key-file", key_}, hooks);
        std::lock_guard lock(mutex_);
        exit_code_ = code;
        ready_.notify_all();
    });
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return listening_ || exit_code_ != -1; });
    ASSERT_TRUE(listening_) << "the server did not start (exit " << exit_code_ << ")";
}

void ServerTest::stop_server() {
    std::function<void()> stop;
    {
        std::lock_guard lock(mutex_);
        stop = stop_;
        stop_ = nullptr;
    }
    if (stop) stop();
    if (thread_.joinable()) thread_.join();
}

void ServerTest::TearDown() {
    stop_server();
    conf_env_.reset();
    system_env_.reset();
    now_env_.reset();
    database_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
}

std::vector<std::string> ServerTest::access_log() {
    std::lock_guard lock(mutex_);
    return log_;
}

void ServerTest::approve_online_issuance(const std::string& login) {
    runtime::Runtime rt(db_, key_, runtime::make_clock(db_), /*fast_password_hashing=*/true);
    const core::Context ctx = rt.context();
    core::StaffService staff(ctx);
    const auto teller = must(staff.sign_in("teller", "password-0001"));
    const auto manager = must(staff.sign_in("manager", "password-0001"));
    must(core::CustomerService(ctx).add_user(teller, {login, "1000001", "鈴木 様", "general", ""}));
    core::SoftwareTokenRequest req{login, "", false, {}};
    req.online = true;
    core::ApplicationService apps(ctx);
    const auto in = must(apps.apply_software_token(teller, req));
    must(apps.approve(manager, in.application.id));
}

std::string ServerTest::set_up_token(const IssuedToken& token) {
    auto reply = host().post("/v1/activations", {{"service_id", token.service_id},
                                                 {"token_user_id", token.token_user_id},
                                                 {"start_password", token.start_password}});
    EXPECT_EQ(reply.status, 200) << reply.body;
    return reply.json().value("secret_base32", "");
}

std::string ServerTest::code(const std::string& secret_base32, long long step_offset) {
    const auto seed = core::base32_decode(secret_base32).value_or(std::vector<std::uint8_t>{});
    return crypto::OpenSslOtp().hotp(seed,
                                     static_cast<std::uint64_t>(kServerNow / 60 + step_offset), 6,
                                     core::HashAlgorithm::sha1);
}

}  // namespace td::test
