// The retention purge as stored, on every backend: what a closed customer's rows hold after it,
// and the audit trail still intact.
#include "fake_crypto.h"
#include "sample_data.h"
#include "store_fixture.h"
#include "td/core/audit_service.h"
#include "td/core/policy_service.h"
#include "td/core/retention_service.h"
#include "td/core/staff_service.h"

namespace td::store::test {
namespace {

class RetentionStoreTest : public StoreTest {
  protected:
    td::test::FakeCrypto crypto;
    core::ManualClock clock{kIssued};
    core::Context ctx() { return {store(), clock, crypto.ports()}; }
};
TD_STORE_TEST_SUITE(RetentionStoreTest);

TEST_P(RetentionStoreTest, APurgeLeavesNoPersonalDataAndEveryFact) {
    core::PolicyService(ctx()).ensure_defaults();
    core::StaffService staff(ctx());
    ASSERT_TRUE(staff.add_branch(std::nullopt, {"001", "本店", "", ""}));
    ASSERT_TRUE(staff.add_staff(std::nullopt, {"admin", "管理", "001", "admin", "admin-pass-01"}));
    const auto admin = staff.sign_in("admin", "admin-pass-01").value();
    std::int64_t app_id = 0;
    commit([&](core::Transaction& tx) {
        core::Contract c = sample_contract();
        c.closed_at = kIssued;
        tx.contracts().insert(c);
        tx.users().insert(sample_user("yamada01"));
        auto t = sample_token("yamada01");
        t.state = core::TokenState::revoked;
        t.ended_at = kIssued;
        tx.tokens().insert(t);
        auto a = sample_application("yamada01");
        a.kind = core::ApplicationKind::contract_update;
        a.state = core::ApplicationState::approved;
        a.form.visitor_name = "山田 花子";
        a.form.memo = "代理人 委任状あり";
        a.contract_changes = {{"address", "東京都千代田区1-1", "東京都港区2-2"}};
        app_id = tx.applications().insert(a);
        core::OutgoingMail m;
        m.login_id = "yamada01";
        m.to = "hanako@docomo.ne.jp";
        m.queued_at = m.next_attempt_at = kIssued;
        tx.mail_outbox().insert(m);
    });
    clock.set(kIssued + std::chrono::days{366 * 11});
    core::RetentionService retention(ctx());
    const std::string before = core::format_date(core::japan_date(kIssued + std::chrono::days{1}));
    ASSERT_EQ(retention.plan(admin, before).value().contracts.size(), 1u);
    const auto purged = retention.purge(admin, before);
    ASSERT_TRUE(purged) << purged.refusal().code;

    const auto c = read([](core::Transaction& tx) { return tx.contracts().find("C-0001"); });
    ASSERT_TRUE(c);
    EXPECT_EQ(c->company_name + c->company_kana + c->representative_name + c->address + c->phone +
                  c->postal_code + c->representative_title,
              "");
    EXPECT_EQ(c->purged_at, clock.now());
    EXPECT_EQ(c->closed_at, kIssued);
    const auto u = read([](core::Transaction& tx) { return tx.users().find("yamada01"); });
    EXPECT_EQ(u->name + u->mobile_email, "");
    const auto t = read([](core::Transaction& tx) { return tx.tokens().for_user("yamada01"); });
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].mobile_email, "");
    EXPECT_EQ(t[0].token_user_id, "TU0000000001") << "identifiers stay";
    const auto a = read([&](core::Transaction& tx) { return tx.applications().find(app_id); });
    EXPECT_EQ(a->form.visitor_name + a->form.memo, "");
    ASSERT_EQ(a->contract_changes.size(), 1u);
    EXPECT_EQ(a->contract_changes[0], (core::FieldChange{"address", "", ""}));
    EXPECT_EQ(a->state, core::ApplicationState::approved);
    EXPECT_EQ(a->entered_at, kIssued);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.mail_outbox().forget_for("yamada01"); }),
              0);
    const auto check = core::AuditService(ctx()).verify(std::nullopt).value();
    EXPECT_TRUE(check.intact) << check.reason;
    EXPECT_TRUE(read([&](core::Transaction& tx) { return tx.contracts().closed_before(clock.now()); })
                    .empty());
}

}  // namespace
}  // namespace td::store::test
