// K simulated tellers, each on its own connection, running full cycles against one database:
// intake (software token) → approval by a manager → initial setup in the app → one OTP
// verified. Prints per-step latency (p50/p99), workflows and steps per second, and the
// statements (round trips) each step sends. Steps that run the slow KDF on purpose (scrypt of
// the usage-start password at intake and at initial setup) are reported apart from the others.
//   workflow_load URL KEY_FILE TELLERS CYCLES [real|test|none] [BRANCHES]
// The KDF (scrypt of the usage-start password) is CPU work on the client: at the counter it
// runs on each teller's own PC, at activation on the bank's side. Here all tellers share the
// benchmark machine's two cores with the server, so the KDF would crowd out the database it is
// meant to measure. `real` is the production scrypt (for the two KDF steps' latency), `test`
// scrypt with the test parameters (N = 2^10), `none` a stand-in that hashes nothing: the
// database's share alone, the figure set beside pgbench (which runs no KDF either).
// BRANCHES (default 1): teller t works at branch (t - 1) % BRANCHES + 1. Each branch's audit
// trail is one hash chain, so the steps of one branch's tellers append one after the other;
// pgbench's TPC-B likewise spreads its clients over `scale` branch rows.
// tests/bench/workflow_load.sh creates the database, runs K = 8, 32, 64 and pgbench beside it.
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "bench_must.h"
#include "td/core/application_service.h"
#include "td/core/base32.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/token_service.h"
#include "td/crypto/otp.h"
#include "td/runtime/runtime.h"
#include "td/store/round_trips.h"

namespace {

using namespace td;
using Clock = std::chrono::steady_clock;

enum Step { kIntake, kApprove, kActivate, kVerify, kSteps };
const char* const kStepNames[kSteps] = {"intake (KDF)", "approve", "activate (KDF)", "verify"};

struct Sample {
    double ms;
    std::uint64_t statements;
};

using bench::must;

std::string id(const char* prefix, int n) {
    char b[32];
    std::snprintf(b, sizeof b, "%s%03d", prefix, n);
    return b;
}

const char* const kStaffPassword = "bench-password-1";

enum class Kdf { real, test, none };
Kdf g_kdf = Kdf::real;

// Same interface, no work: keeps the steps' database traffic exactly as it is.
class NoKdfHasher final : public core::PasswordHasher {
  public:
    std::string hash(std::string_view password) override { return "none$" + std::string(password); }
    bool verify(std::string_view password, std::string_view encoded) override {
        return encoded == "none$" + std::string(password);
    }
};

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int g_branches = 1;

std::string branch_of(int teller) {
    return id("", (teller - 1) % g_branches + 1);
}

void set_up(const std::string& url, const std::string& key, int tellers, int cycles) {
    // The run's own new database, as tokendesk-cli db init makes one.
    runtime::Runtime rt(url, key, runtime::make_clock(url), g_kdf != Kdf::real,
                        runtime::Opening::create);
    core::StaffService staff(rt.context());
    core::PolicyService(rt.context()).ensure_defaults();
    if (staff.needs_bootstrap()) {
        must(staff.add_branch(std::nullopt, {"001", "本店", "東京都", "03-0000-0000"}), "branch");
        must(staff.add_staff(std::nullopt, {"admin", "管理者", "001", "admin", kStaffPassword}),
             "admin");
    }
    const auto admin = must(staff.sign_in("admin", kStaffPassword), "sign-in");
    for (int b = 2; b <= g_branches; ++b)
        (void)staff.add_branch(admin,
                               {id("", b), "支店" + std::to_string(b), "東京都", "03-0000-0000"});
    core::CustomerService customers(rt.context());
    for (int t = 1; t <= tellers; ++t) {
        for (const char* role : {"teller", "manager"}) {
            const std::string sid = id(role[0] == 't' ? "t" : "m", t);
            // The password the administrator gives is replaced at first sign-in, as at a branch.
            const std::string first = std::string("first-") + kStaffPassword;
            if (staff.add_staff(admin, {sid, sid, branch_of(t), role, first}))
                (void)staff.change_password(sid, first, kStaffPassword);
        }
        const auto teller = must(staff.sign_in(id("t", t), kStaffPassword), "teller sign-in");
        const std::string contract = std::to_string(5000000 + t);
        (void)customers.add_contract(
            teller, {contract, "負荷試験株式会社", "フカシケン", "試験 太郎", "代表取締役",
                     "100-0001", "東京都千代田区", "", branch_of(t)});
        // One phone each: a phone holds a limited number of token apps.
        for (int c = 0; c < cycles; ++c) {
            const std::string login = id("u", t) + "x" + std::to_string(c);
            (void)customers.add_user(
                teller, {login, contract, "利用者", "master", login + "@docomo.ne.jp"});
        }
    }
}

void teller(const std::string& url, const std::string& key, int t, int cycles,
            std::barrier<>& start, std::vector<std::array<std::vector<Sample>, kSteps>>& out) {
    runtime::Runtime rt(url, key, runtime::make_clock(url), g_kdf != Kdf::real);
    NoKdfHasher no_kdf;
    const core::Context base = rt.context();
    core::Context ctx{base.store,
                      base.clock,
                      {base.crypto.random, base.crypto.otp, base.crypto.vault,
                       g_kdf == Kdf::none ? no_kdf : base.crypto.hasher, base.crypto.audit_mac}};
    core::StaffService staff(rt.context());  // staff passwords were hashed with scrypt
    // Logged in once per session, as at the counter.
    const auto maker = must(staff.sign_in(id("t", t), kStaffPassword), "teller sign-in");
    const auto checker = must(staff.sign_in(id("m", t), kStaffPassword), "manager sign-in");
    core::ApplicationService applications(ctx);
    core::TokenService tokens(ctx);
    crypto::OpenSslOtp otp;
    auto& mine = out[std::size_t(t - 1)];
    auto timed = [&](Step step, auto&& f) {
        const auto n0 = store::statements_sent_by_this_thread();
        const auto t0 = Clock::now();
        auto r = f();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        mine[step].push_back({ms, store::statements_sent_by_this_thread() - n0});
        return r;
    };
    start.arrive_and_wait();
    for (int c = 0; c < cycles; ++c) {
        const std::string login = id("u", t) + "x" + std::to_string(c);
        core::FormInput form{"", true, true, "来店者", "principal", ""};
        const auto in = timed(kIntake, [&] {
            return must(applications.apply_software_token(maker, {login, "2580", false, form}),
                        "intake");
        });
        const auto ok = timed(kApprove, [&] {
            return must(applications.approve(checker, in.application.id), "approve");
        });
        const auto act = timed(kActivate, [&] {
            return must(tokens.activate({ok.token->service_id, ok.token->token_user_id, "2580"}),
                        "activate");
        });
        const auto seed =
            core::base32_decode(act.secret_base32).value_or(std::vector<std::uint8_t>{});
        const auto result = timed(kVerify, [&] {
            const auto step = rt.clock().now().time_since_epoch().count() / act.period;
            const auto code =
                otp.hotp(seed, std::uint64_t(step), act.digits, core::HashAlgorithm::sha1);
            return must(tokens.verify_otp(login, code), "verify");
        });
        if (!result.accepted) std::fprintf(stderr, "code refused: %s\n", result.reason.c_str());
    }
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5 || argc > 7) {
        std::fprintf(stderr,
                     "usage: workflow_load URL KEY_FILE TELLERS CYCLES [real|test|none] "
                     "[BRANCHES]\n");
        return 2;
    }
    const std::string kdf = argc >= 6 ? argv[5] : "real";
    g_branches = argc == 7 ? std::max(1, std::stoi(argv[6])) : 1;
    g_kdf = kdf == "none" ? Kdf::none : kdf == "test" ? Kdf::test : Kdf::real;
    const std::string url = argv[1], key = argv[2];
    const int tellers = std::stoi(argv[3]), cycles = std::stoi(argv[4]);
    set_up(url, key, tellers, cycles);

    std::vector<std::array<std::vector<Sample>, kSteps>> samples(static_cast<std::size_t>(tellers));
    std::barrier start(tellers + 1);
    std::vector<std::thread> threads;
    for (int t = 1; t <= tellers; ++t)
        threads.emplace_back(teller, url, key, t, cycles, std::ref(start), std::ref(samples));
    start.arrive_and_wait();  // sign-ins done: the clock starts with the first intake
    const auto t0 = Clock::now();
    const double cpu0 = cpu_seconds();
    for (auto& th : threads) th.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const double client_cpu = cpu_seconds() - cpu0;

    const int workflows = tellers * cycles;
    std::printf(
        "tellers=%d branches=%d kdf=%s workflows=%d seconds=%.2f workflows_per_s=%.1f "
        "steps_per_s=%.1f\n",
        tellers, g_branches, kdf.c_str(), workflows, seconds, workflows / seconds,
        4 * workflows / seconds);
    // The client shares the machine with the server: what it burns, the server cannot use.
    std::printf("  client CPU %.2f s = %.2f cores, %.2f ms per step\n", client_cpu,
                client_cpu / seconds, 1000 * client_cpu / (4 * workflows));
    double fast_steps = 0;
    for (int s = 0; s < kSteps; ++s) {
        std::vector<double> ms;
        std::uint64_t statements = 0;
        for (const auto& per : samples)
            for (const auto& x : per[std::size_t(s)]) {
                ms.push_back(x.ms);
                statements += x.statements;
            }
        if (s == kApprove || s == kVerify) fast_steps += double(ms.size());
        std::printf("  %-16s p50 %7.2f ms  p99 %7.2f ms  statements/step %.1f\n", kStepNames[s],
                    percentile(ms, 0.50), percentile(ms, 0.99),
                    double(statements) / double(std::max<std::size_t>(1, ms.size())));
    }
    std::printf("  non-KDF steps_per_s=%.1f\n", fast_steps / seconds);
    return 0;
}
