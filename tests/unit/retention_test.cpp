// A contract's close (解約) and the retention purge of its personal data: who may, when, what
// goes and what stays, and the audit trail intact afterwards.
#include "desk_fixture.h"
#include "td/core/admin_service.h"
#include "td/core/messages.h"
#include "td/core/retention_service.h"

using namespace td::test;

namespace {
std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}
}  // namespace

class RetentionTest : public DeskTest {
  protected:
    RetentionService retention{ctx};
    const FormInput form{"", true, true, "山田 太郎", "principal", "印鑑照合済"};

    // The master's token revoked, then the contract closed: entered and approved.
    void close_contract() {
        const Token t = issue_token("master1");
        auto revoke = applications.apply_revoke(teller, {"master1", "lost", form});
        ASSERT_TRUE(revoke) << revoke.refusal().code;
        ASSERT_TRUE(applications.approve(manager, revoke.value().application.id));
        auto close = applications.apply_contract_close(teller, {"1000001", "", form});
        ASSERT_TRUE(close) << close.refusal().code;
        ASSERT_TRUE(applications.approve(manager, close.value().application.id));
        ASSERT_TRUE(store.state().tokens.at(t.id).ended_at);
    }
};

TEST_F(RetentionTest, AContractClosesOnlyWithNoLiveTokenAndNothingWaiting) {
    issue_token("master1");
    const auto live = applications.apply_contract_close(teller, {"1000001", "", form});
    ASSERT_FALSE(live);
    EXPECT_EQ(live.refusal().code, "contract_has_live_token");
    EXPECT_EQ(live.refusal().arg("login_id"), "master1");

    auto revoke = applications.apply_revoke(teller, {"master1", "lost", form});
    ASSERT_TRUE(revoke);
    EXPECT_EQ(refusal_code(applications.apply_contract_close(teller, {"1000001", "", form})),
              "contract_has_live_token")
        << "the token lives until the revoke is approved";
    ASSERT_TRUE(applications.approve(manager, revoke.value().application.id));
    // Another user's procedure waiting holds the close back too.
    auto waiting = applications.apply_software_token(teller, {"gen1", "2580", false, {}});
    ASSERT_TRUE(waiting);
    const auto held = applications.apply_contract_close(teller, {"1000001", "", form});
    EXPECT_EQ(refusal_code(held), "application_pending");
    EXPECT_EQ(held.refusal().arg("application_id"),
              std::to_string(waiting.value().application.id));
    ASSERT_TRUE(applications.cancel(teller, waiting.value().application.id));

    auto close = applications.apply_contract_close(teller, {"1000001", "", form});
    ASSERT_TRUE(close) << close.refusal().code;
    EXPECT_EQ(close.value().application.login_id, "master1") << "recorded under the master";
    EXPECT_FALSE(store.state().contracts.at("1000001").closed_at) << "not before approval";
    EXPECT_EQ(refusal_code(applications.approve(teller, close.value().application.id)),
              "role_not_allowed");
    ASSERT_TRUE(applications.approve(manager, close.value().application.id));
    EXPECT_EQ(store.state().contracts.at("1000001").closed_at, clock.now());
    const auto& trail = store.state().audit.at("001");
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(),
                            [](const AuditEvent& e) { return e.action == "contract_closed"; }));

    // A closed contract takes no procedure any more.
    const auto after = applications.apply_software_token(teller, {"gen1", "2580", false, {}});
    ASSERT_FALSE(after);
    EXPECT_EQ(after.refusal().code, "contract_closed");
    EXPECT_EQ(refusal_code(applications.apply_contract_close(teller, {"1000001", "", form})),
              "contract_closed");
}

TEST_F(RetentionTest, TheDateIsNoLaterThanThePolicysYearsAgo) {
    close_contract();
    // 2026-11-26 today: ten years back is 2016-11-26.
    const auto late = retention.plan(admin, "2016-11-27");
    ASSERT_FALSE(late);
    EXPECT_EQ(late.refusal().code, "retention_period");
    EXPECT_EQ(late.refusal().arg("latest"), "2016-11-26");
    EXPECT_EQ(late.refusal().arg("years"), "10");
    EXPECT_TRUE(retention.plan(admin, "2016-11-26"));
    EXPECT_EQ(refusal_code(retention.plan(manager, "2016-11-26")), "role_not_allowed");
    EXPECT_EQ(refusal_code(retention.plan(admin, "2016-02-30")), "date_format");
    EXPECT_EQ(refusal_code(retention.purge(admin, "2026-11-27")), "retention_period");
    // Ten years before a 29 February is the 28th.
    clock.set(japan(2028, 2, 29, 10, 0));
    EXPECT_EQ(retention.plan(admin, "2018-03-01").refusal().arg("latest"), "2018-02-28");
}

TEST_F(RetentionTest, ThePurgeRemovesPersonalDataAndKeepsTheFacts) {
    close_contract();
    OutgoingMail mail;
    mail.login_id = "master1";
    mail.to = "master1@docomo.ne.jp";
    store.state().mail_outbox.push_back(mail);
    clock.set(japan(2037, 1, 5, 10, 0));  // ten years and more after the close
    const auto plan = retention.plan(admin, "2027-01-01");
    ASSERT_TRUE(plan) << plan.refusal().code;
    ASSERT_EQ(plan.value().contracts.size(), 1u);
    const auto& c = plan.value().contracts[0];
    EXPECT_EQ(c.contract_number, "1000001");
    EXPECT_EQ(c.users, 2);
    EXPECT_EQ(c.tokens, 1);
    EXPECT_EQ(c.applications, 3);  // issue, revoke, close
    EXPECT_FALSE(store.state().contracts.at("1000001").purged_at) << "a plan changes nothing";

    const auto apps_before = store.state().applications;
    auto purged = retention.purge(admin, "2027-01-01");
    ASSERT_TRUE(purged) << purged.refusal().code;
    EXPECT_EQ(purged.value().state, AdminChangeState::approved) << "one administrator: at once";

    const Contract& k = store.state().contracts.at("1000001");
    EXPECT_EQ(k.purged_at, clock.now());
    for (const auto* field : {&k.company_name, &k.company_kana, &k.representative_name,
                              &k.representative_title, &k.postal_code, &k.address, &k.phone})
        EXPECT_EQ(*field, "");
    EXPECT_EQ(k.branch_code, "001");
    for (const auto* login : {"master1", "gen1"}) {
        EXPECT_EQ(user(login).name, "") << login;
        EXPECT_EQ(user(login).mobile_email, "") << login;
        EXPECT_EQ(user(login).contract_number, "1000001");
    }
    for (const auto& [id, t] : store.state().tokens) EXPECT_EQ(t.mobile_email, "");
    for (const auto& [id, a] : store.state().applications) {
        const Application& was = apps_before.at(id);
        EXPECT_EQ(a.form.visitor_name, "");
        EXPECT_EQ(a.form.memo, "");
        // The facts stay: which procedure, when, by whom, with what outcome.
        EXPECT_EQ(a.kind, was.kind);
        EXPECT_EQ(a.state, was.state);
        EXPECT_EQ(a.maker_id, was.maker_id);
        EXPECT_EQ(a.checker_id, was.checker_id);
        EXPECT_EQ(a.entered_at, was.entered_at);
        EXPECT_EQ(a.decided_at, was.decided_at);
        EXPECT_EQ(a.form.received_date, was.form.received_date);
    }
    EXPECT_TRUE(store.state().mail_outbox.empty());

    // The trail: intact, with the purge in it and no personal data in any event.
    EXPECT_TRUE(audit.verify(std::nullopt).value().intact);
    EXPECT_EQ(store.state().audit.at("001").back().action, "customer_data_purged");
    EXPECT_EQ(store.state().audit.at("system").back().action, "retention_purged");
    for (const auto& [chain, events] : store.state().audit)
        for (const auto& e : events)
            for (const char* personal : {"テスト商事", "山田", "docomo.ne.jp", "千代田"})
                EXPECT_EQ((e.actor + e.target + e.detail).find(personal), std::string::npos)
                    << e.action << " " << e.detail;

    EXPECT_EQ(refusal_code(retention.purge(admin, "2027-01-01")), "nothing_to_purge");
    EXPECT_TRUE(retention.plan(admin, "2027-01-01").value().contracts.empty());
}

TEST_F(RetentionTest, OnlyContractsWhoseContractAndTokensEndedBeforeTheDate) {
    close_contract();  // closed and revoked on 2026-11-26
    clock.set(japan(2037, 1, 5, 10, 0));
    EXPECT_TRUE(retention.plan(admin, "2026-11-26").value().contracts.empty())
        << "ended on the date itself, not before it";
    EXPECT_EQ(retention.plan(admin, "2026-11-27").value().contracts.size(), 1u);
    store.state().tokens.begin()->second.ended_at = japan(2026, 12, 1, 9, 0);
    EXPECT_TRUE(retention.plan(admin, "2026-11-27").value().contracts.empty())
        << "a token that ended after the date keeps the customer";
}

TEST_F(RetentionTest, UnderDualControlThePurgeWaitsForTheOtherAdministrator) {
    close_contract();
    const Actor admin2 =
        add_signed_in_staff(staff, admin, {"admin2", "管理 次郎", "001", "admin", kStaffPassword})
            .value();
    clock.set(japan(2037, 1, 5, 10, 0));
    auto entered = retention.purge(admin, "2027-01-01");
    ASSERT_TRUE(entered);
    EXPECT_EQ(entered.value().state, AdminChangeState::pending);
    EXPECT_NE(store.state().contracts.at("1000001").company_name, "");
    AdminService admins{ctx};
    EXPECT_EQ(refusal_code(admins.approve(admin, entered.value().id)), "maker_is_checker_admin");
    ASSERT_TRUE(admins.approve(admin2, entered.value().id));
    EXPECT_EQ(store.state().contracts.at("1000001").company_name, "");
}

TEST_F(RetentionTest, EachRefusalIsWordedInJapaneseAndEnglish) {
    for (const auto& r :
         {refuse("contract_has_live_token", "contract").with("login_id", "master1"),
          refuse("contract_closed", "login_id").with("closed_at", "2026-11-26T10:00:00+09:00"),
          refuse("retention_period", "before").with("latest", "2016-11-26").with("years", "10"),
          refuse("nothing_to_purge", "before").with("before", "2027-01-01")})
        for (const auto lang : {Language::ja, Language::en}) {
            const std::string text = message_text(r, lang);
            EXPECT_EQ(text.find(r.code), std::string::npos) << text;
            EXPECT_EQ(text.find('{'), std::string::npos) << text;
        }
}
