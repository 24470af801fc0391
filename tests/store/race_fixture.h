#pragma once
// Tellers and managers acting at once, each through their own connection to one test database.
#include <exception>
#include <functional>
#include <latch>
#include <optional>
#include <thread>

#include "fake_crypto.h"
#include "staff_setup.h"
#include "store_fixture.h"
#include "td/core/application_service.h"
#include "td/core/audit_trail.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/token_service.h"

namespace td::store::test {

inline constexpr int kSessions = 8;
inline constexpr const char* kLogin = "race01";

// One member of staff's PC: its own connection, random source and clock reading.
struct Session {
    std::unique_ptr<core::Store> store;
    td::test::FakeCrypto crypto;
    core::Context context(const core::Clock& clock) { return {*store, clock, crypto.ports()}; }
};

class RaceTest : public StoreTest {
  protected:
    core::ManualClock clock{core::from_japan({2026, 11, 26, 10, 0, 0})};
    td::test::FakeCrypto crypto;
    core::Actor admin, teller;
    std::vector<core::Actor> managers;

    core::Context ctx() { return {store(), clock, crypto.ports()}; }

    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped()) return;
        core::PolicyService(ctx()).ensure_defaults();
        core::StaffService staff(ctx());
        ASSERT_TRUE(staff.add_branch(std::nullopt, {"001", "本店", "", ""}));
        ASSERT_TRUE(staff.add_staff(std::nullopt, {"admin", "管理", "001", "admin", "admin-pass-01"}));
        admin = staff.sign_in("admin", "admin-pass-01").value();
        teller = td::test::add_signed_in_staff(staff, admin, {"teller", "窓口", "001", "teller",
                                                          td::test::kStaffPassword})
                     .value();
        for (int i = 0; i < kSessions; ++i) {
            const std::string id = "mgr" + std::to_string(i);
            managers.push_back(td::test::add_signed_in_staff(staff, admin, {id, "役席", "001", "manager",
                                                                    td::test::kStaffPassword})
                                   .value());
        }
        // Enough for every replay to be counted without locking the user.
        ASSERT_TRUE(core::PolicyService(ctx()).set(admin, "lock_threshold", "20"));
        core::CustomerService customers(ctx());
        ASSERT_TRUE(customers.add_contract(
            teller, {"1000001", "株式会社テスト", "カブシキガイシャテスト", "山田 太郎",
                     "代表取締役", "100-0001", "東京都千代田区1-1", "03-0000-0000", "001"}));
        ASSERT_TRUE(customers.add_user(
            teller, {kLogin, "1000001", "競合 太郎", "general", "race01@docomo.ne.jp"}));
    }

    // Runs act(i, context) in kSessions threads, each with its own store on this test's
    // database, all released together; returns what each returned.
    template <class R>
    std::vector<std::optional<R>> race(const std::function<R(int, core::Context)>& act) {
        std::vector<Session> sessions(kSessions);
        for (int i = 0; i < kSessions; ++i) {
            sessions[i].store = open_store(url());
            // Different random streams, so that token user IDs drawn at once differ.
            std::vector<std::uint8_t> skip(std::size_t(64 * i));
            sessions[i].crypto.random.fill(skip);
        }
        std::vector<std::optional<R>> results(kSessions);
        std::vector<std::exception_ptr> failures(kSessions);
        std::latch start(kSessions);
        std::vector<std::thread> threads;
        for (int i = 0; i < kSessions; ++i)
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                try {
                    results[i].emplace(act(i, sessions[i].context(clock)));
                } catch (...) {
                    failures[i] = std::current_exception();
                }
            });
        for (auto& t : threads) t.join();
        for (const auto& f : failures) {
            if (!f) continue;
            try {
                std::rethrow_exception(f);
            } catch (const std::exception& e) {
                ADD_FAILURE() << "a session failed: " << e.what();
            }
        }
        return results;
    }

    // How many sessions' steps went through; each other one must have been refused as
    // `refused_as` (and every session must have answered).
    template <class T>
    static int successes(const std::vector<std::optional<core::Outcome<T>>>& results,
                         const std::string& refused_as) {
        int n = 0;
        for (const auto& r : results) {
            if (!r) {
                ADD_FAILURE() << "a session gave no answer";
                continue;
            }
            if (*r)
                ++n;
            else
                EXPECT_EQ(r->refusal().code, refused_as);
        }
        return n;
    }

    // kLogin's software token, entered, approved and set up (by one session).
    core::Token active_token() {
        core::ApplicationService apps(ctx());
        auto in = apps.apply_software_token(teller, {kLogin, "1234", false, {}});
        EXPECT_TRUE(in);
        auto ok = apps.approve(managers[0], in.value().application.id);
        EXPECT_TRUE(ok);
        const core::Token issued = *ok.value().token;
        EXPECT_TRUE(
            core::TokenService(ctx()).activate({issued.service_id, issued.token_user_id, "1234"}));
        return issued;
    }

    std::vector<core::AuditEvent> events() {
        // The branch's own chain and its OTP chains.
        return read([](core::Transaction& tx) {
            std::vector<core::AuditEvent> all;
            for (const auto& chain : core::branch_chains("001")) {
                auto some = tx.audit().events(chain);
                all.insert(all.end(), some.begin(), some.end());
            }
            return all;
        });
    }
    std::vector<core::Token> tokens() {
        return read([](core::Transaction& tx) { return tx.tokens().for_user(kLogin); });
    }
};
}  // namespace td::store::test
