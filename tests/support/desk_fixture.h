#pragma once
// A branch with staff and one contract, on the in-memory store and fake crypto, at a fixed time.
#include <gtest/gtest.h>

#include "fake_crypto.h"
#include "memory_store.h"
#include "staff_setup.h"
#include "td/core/application_service.h"
#include "td/core/audit_service.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/token_service.h"
#include "td/core/validation.h"

namespace td::test {

// 2026-11-26 10:00:00 Japan time.
inline TimePoint japan(int y, int mo, int d, int h, int mi, int s = 0) {
    return from_japan({y, mo, d, h, mi, s});
}

class DeskTest : public ::testing::Test {
  protected:
    MemoryStore store;
    ManualClock clock{japan(2026, 11, 26, 10, 0)};
    FakeCrypto crypto;
    Context ctx{store, clock, crypto.ports()};
    StaffService staff{ctx};
    PolicyService policy{ctx};
    CustomerService customers{ctx};
    ApplicationService applications{ctx};
    TokenService tokens{ctx};
    AuditService audit{ctx};

    Actor admin, teller, manager, manager2, other_branch_manager;

    void SetUp() override {
        policy.ensure_defaults();
        ASSERT_TRUE(
            staff.add_branch(std::nullopt, {"001", "本店", "東京都千代田区1-1", "03-1234-5678"}));
        ASSERT_TRUE(
            staff.add_staff(std::nullopt, {"admin", "管理 太郎", "001", "admin", "admin-pass-01"}));
        admin = staff.sign_in("admin", "admin-pass-01").value();
        ASSERT_TRUE(staff.add_branch(admin, {"002", "駅前支店", "", ""}));
        teller = add_staff("teller", "teller", "001");
        manager = add_staff("manager", "manager", "001");
        manager2 = add_staff("manager2", "manager", "001");
        other_branch_manager = add_staff("mgr002", "manager", "002");
        ASSERT_TRUE(customers.add_contract(
            teller, {"1000001", "株式会社テスト商事", "カブシキガイシャテストショウジ", "山田 太郎",
                     "代表取締役", "100-0001", "東京都千代田区千代田1-1", "03-0000-0000", "001"}));
        add_user("master1", "master", "master1@docomo.ne.jp");
        add_user("gen1", "general", "gen1@ezweb.ne.jp");
    }

    // Added by the administrator and past the first sign-in's password change.
    Actor add_staff(const std::string& id, const std::string& role, const std::string& branch) {
        auto a = add_signed_in_staff(staff, admin, {id, id + " name", branch, role, kStaffPassword});
        EXPECT_TRUE(a) << a.refusal().code;
        return a ? a.value() : Actor{};
    }

    void add_user(const std::string& login, const std::string& kind, const std::string& email,
                  const std::string& contract = "1000001") {
        auto r = customers.add_user(teller, {login, contract, login + " 様", kind, email});
        ASSERT_TRUE(r) << r.refusal().code;
    }

    // Intake by the teller, approval by the manager: returns the issued token.
    Token issue_token(const std::string& login, const std::string& password = "1234") {
        auto in = applications.apply_software_token(teller, {login, password, false, {}});
        EXPECT_TRUE(in) << (in ? "" : in.refusal().code);
        auto ok = applications.approve(manager, in.value().application.id);
        EXPECT_TRUE(ok) << (ok ? "" : ok.refusal().code);
        return *ok.value().token;
    }

    // Issues and activates; returns the clear seed through the fake vault.
    SecretBytes active_token(const std::string& login) {
        const Token t = issue_token(login);
        EXPECT_TRUE(tokens.activate({t.service_id, t.token_user_id, "1234"}));
        return crypto.vault.unseal(store.state().tokens.at(t.id).sealed_seed);
    }

    std::string code_at(const SecretBytes& seed, TimePoint at, std::int64_t step_offset = 0) {
        const auto step = at.time_since_epoch().count() / 60 + step_offset;
        return crypto.otp.hotp(seed.view(), std::uint64_t(step), 6, HashAlgorithm::sha1);
    }

    User user(const std::string& login) { return store.state().users.at(login); }
};

}  // namespace td::test
