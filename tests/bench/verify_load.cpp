// The internet-banking host's load on tokendesk-server: K host connections (kept alive,
// mutual TLS) verifying codes for many users. Three modes, run by verify_load.sh:
//   verify_load seed URL KEY_FILE USERS BRANCHES SEEDS_FILE
//       a database with USERS general users spread over BRANCHES, each with a software token
//       set up; their seeds (base32) go to SEEDS_FILE, one "LOGIN SECRET" a line.
//   verify_load run PORT CA CERT KEY SEEDS_FILE K SECONDS VALID_PERCENT
//       K threads, each with its own connection and its own share of the users, for SECONDS;
//       VALID_PERCENT of the codes are each user's current one (once a step), the rest wrong.
//       Prints verifications a second and latency p50 / p99.
//   verify_load timing PORT CA CERT KEY SEEDS_FILE N
//       one connection, N verifications each of an unknown login ID, a user without a usable
//       token, a wrong code and a right one: the four answers' times side by side.
#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bench_must.h"
#include "https_client.h"
#include "td/core/application_service.h"
#include "td/core/base32.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/token_service.h"
#include "td/crypto/otp.h"
#include "td/runtime/runtime.h"

namespace {

using namespace td;
using Steady = std::chrono::steady_clock;

constexpr int kPendingUsers = 50;

using bench::must;

std::string branch_code(int b) {
    std::string code = std::to_string(b);
    return std::string(code.size() < 3 ? 3 - code.size() : 0, '0') + code;
}

int seed(const std::string& url, const std::string& key, int users, int branches,
         const std::string& seeds_file) {
    runtime::Runtime rt(url, key, runtime::make_clock(url), /*fast_password_hashing=*/true,
                        runtime::Opening::create);
    const core::Context ctx = rt.context();
    core::PolicyService(ctx).ensure_defaults();
    core::StaffService staff(ctx);
    const std::string pw = "bench-password-1";
    must(staff.add_branch(std::nullopt, {"001", "本店", "東京都", "03-0000-0000"}), "branch");
    must(staff.add_staff(std::nullopt, {"admin", "管理者", "001", "admin", pw}), "admin");
    const auto admin = must(staff.sign_in("admin", pw), "sign-in");
    // The lock is the rule under test elsewhere; here wrong codes must not end a user's run.
    must(core::PolicyService(ctx).set(admin, "lock_threshold", "20"), "policy");
    core::CustomerService customers(ctx);
    core::ApplicationService apps(ctx);
    core::TokenService tokens(ctx);
    std::ofstream out(seeds_file);
    std::vector<core::Actor> tellers, managers;
    for (int b = 1; b <= branches; ++b) {
        const std::string code = branch_code(b);
        if (b > 1) must(staff.add_branch(admin, {code, "支店" + code, "東京都", ""}), "branch");
        // The password the administrator gives is replaced at first sign-in, as at a branch.
        must(staff.add_staff(admin, {"t" + code, "窓口", code, "teller", "first-" + pw}), "teller");
        must(staff.add_staff(admin, {"m" + code, "検印", code, "manager", "first-" + pw}), "manager");
        for (const std::string& id : {"t" + code, "m" + code})
            must(staff.change_password(id, "first-" + pw, pw), "password change");
        tellers.push_back(must(staff.sign_in("t" + code, pw), "teller"));
        managers.push_back(must(staff.sign_in("m" + code, pw), "manager"));
    }
    for (int u = 0; u < users; ++u) {
        const int b = u % branches + 1;
        const std::string code = branch_code(b);
        const auto& teller = tellers[static_cast<std::size_t>(b - 1)];
        const auto& manager = managers[static_cast<std::size_t>(b - 1)];
        const int nth = u / branches;  // the user's number within the branch
        const std::string contract = std::to_string(6000000 + b * 1000 + nth / 100);
        if (nth % 100 == 0)
            must(customers.add_contract(
                     teller, {contract, "負荷試験株式会社", "フカシケン", "試験 太郎", "代表取締役",
                              "100-0001", "東京都千代田区", "", code}),
                 "contract");
        const std::string login = "v" + std::to_string(u);
        must(customers.add_user(teller,
                                {login, contract, "利用者", "general", login + "@docomo.ne.jp"}),
             "user");
        auto in = must(apps.apply_software_token(teller, {login, "2580", false, {}}), "intake");
        auto ok = must(apps.approve(manager, in.application.id), "approval");
        auto a =
            must(tokens.activate({ok.token->service_id, ok.token->token_user_id, "2580"}), "setup");
        out << login << " " << a.secret_base32 << "\n";
        if ((u + 1) % 1000 == 0) std::fprintf(stderr, "seeded %d users\n", u + 1);
    }
    // Users whose tokens are issued and not set up: "no usable token" for the timing run
    // (several, so the per-login rate limit is not what answers).
    const auto& teller = tellers.front();
    const auto& manager = managers.front();
    must(customers.add_contract(teller, {"6999999", "負荷試験株式会社", "フカシケン", "試験 太郎",
                                         "代表取締役", "100-0001", "東京都千代田区", "", "001"}),
         "contract");
    for (int p = 0; p < kPendingUsers; ++p) {
        const std::string login = "vpending" + std::to_string(p);
        must(customers.add_user(teller,
                                {login, "6999999", "利用者", "general", login + "@docomo.ne.jp"}),
             "user");
        auto in = must(apps.apply_software_token(teller, {login, "2580", false, {}}), "intake");
        must(apps.approve(manager, in.application.id), "approval");
    }
    return 0;
}

struct User {
    std::string login;
    std::vector<std::uint8_t> seed;
    long long used_step = -1;
};

std::vector<User> read_seeds(const std::string& file) {
    std::ifstream in(file);
    std::vector<User> users;
    std::string login, secret;
    while (in >> login >> secret)
        users.push_back({login, core::base32_decode(secret).value_or(std::vector<std::uint8_t>{})});
    return users;
}

long long current_step() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count() /
           60;
}

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

struct Endpoint {
    unsigned short port;
    std::string ca, cert, key;
    test::HttpsClient connect() const {
        return test::HttpsClient(port, ca, test::ClientIdentity{cert, key});
    }
};

std::string verify_body(const std::string& login, const std::string& otp) {
    return R"({"login_id":")" + login + R"(","otp":")" + otp + R"(","purpose":"login"})";
}

int run(const Endpoint& at, const std::string& seeds_file, int k, int seconds, int valid_percent) {
    auto users = read_seeds(seeds_file);
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(k));
    std::atomic<long long> accepted{0}, rejected{0}, locked{0}, other{0};
    std::barrier start(k);
    std::vector<std::thread> threads;
    for (int t = 0; t < k; ++t)
        threads.emplace_back([&, t] {
            auto client = at.connect();
            crypto::OpenSslOtp otp;
            std::mt19937 random(static_cast<unsigned>(t) * 7919u + 1u);
            // Each thread its own users: no two threads use one user's code at once.
            std::vector<User*> mine;
            for (std::size_t i = static_cast<std::size_t>(t); i < users.size();
                 i += static_cast<std::size_t>(k))
                mine.push_back(&users[i]);
            auto& lat = latencies[static_cast<std::size_t>(t)];
            start.arrive_and_wait();
            const auto end = Steady::now() + std::chrono::seconds(seconds);
            std::size_t next = 0;
            while (Steady::now() < end) {
                User& u = *mine[next++ % mine.size()];
                const long long step = current_step();
                std::string code = "000000";
                if (static_cast<int>(random() % 100) < valid_percent && u.used_step < step) {
                    code = otp.hotp(u.seed, static_cast<std::uint64_t>(step), 6,
                                    core::HashAlgorithm::sha1);
                    u.used_step = step;
                }
                const auto t0 = Steady::now();
                const auto reply =
                    client.request("POST", "/v1/otp/verify", verify_body(u.login, code));
                lat.push_back(
                    std::chrono::duration<double, std::milli>(Steady::now() - t0).count());
                const std::string result =
                    reply.status == 200 ? reply.json().value("result", "") : "";
                if (result == "accept")
                    ++accepted;
                else if (result == "reject")
                    ++rejected;
                else if (result == "locked")
                    ++locked;
                else
                    ++other;
            }
        });
    for (auto& th : threads) th.join();
    std::vector<double> all;
    for (auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
    const double total = static_cast<double>(all.size());
    std::printf(
        "K=%d: %.0f verifications/s (accept %lld, reject %lld, locked %lld, other %lld), "
        "p50 %.1f ms, p99 %.1f ms\n",
        k, total / seconds, accepted.load(), rejected.load(), locked.load(), other.load(),
        percentile(all, 0.50), percentile(all, 0.99));
    return other == 0 ? 0 : 1;
}

int timing(const Endpoint& at, const std::string& seeds_file, int n) {
    auto users = read_seeds(seeds_file);
    auto client = at.connect();
    crypto::OpenSslOtp otp;
    struct Kind {
        const char* name;
        std::vector<double> ms;
    };
    std::vector<Kind> kinds = {
        {"unknown login ID", {}}, {"no usable token", {}}, {"wrong code", {}}, {"right code", {}}};
    for (int i = 0; i < n; ++i) {
        User& u = users[static_cast<std::size_t>(i) % users.size()];
        const long long step = current_step();
        const std::string right =
            u.used_step < step
                ? otp.hotp(u.seed, static_cast<std::uint64_t>(step), 6, core::HashAlgorithm::sha1)
                : "";
        const std::string bodies[4] = {
            verify_body("nobody" + std::to_string(i), "123456"), verify_body("vpending" + std::to_string(i % kPendingUsers), "123456"),
            verify_body(u.login, "000000"), verify_body(u.login, right.empty() ? "000000" : right)};
        for (int k = 0; k < 4; ++k) {
            if (k == 3 && right.empty()) continue;
            const auto t0 = Steady::now();
            client.request("POST", "/v1/otp/verify", bodies[k]);
            kinds[static_cast<std::size_t>(k)].ms.push_back(
                std::chrono::duration<double, std::milli>(Steady::now() - t0).count());
        }
        if (!right.empty()) u.used_step = step;
    }
    for (auto& k : kinds)
        std::printf("  %-18s n=%-4zu p10 %.2f ms  p50 %.2f ms  p90 %.2f ms\n", k.name, k.ms.size(),
                    percentile(k.ms, 0.10), percentile(k.ms, 0.50), percentile(k.ms, 0.90));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> a(argv + 1, argv + argc);
    if (a.size() == 6 && a[0] == "seed")
        return seed(a[1], a[2], std::stoi(a[3]), std::stoi(a[4]), a[5]);
    if (a.size() == 9 && a[0] == "run")
        return run({static_cast<unsigned short>(std::stoi(a[1])), a[2], a[3], a[4]}, a[5],
                   std::stoi(a[6]), std::stoi(a[7]), std::stoi(a[8]));
    if (a.size() == 7 && a[0] == "timing")
        return timing({static_cast<unsigned short>(std::stoi(a[1])), a[2], a[3], a[4]}, a[5],
                      std::stoi(a[6]));
    std::fprintf(stderr, "usage: see the top of verify_load.cpp\n");
    return 2;
}
