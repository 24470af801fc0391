// The staff password rules a bank's policy asks for (policy staff_password_*), and sign-ins in
// the audit trail and on the branch journal.
#include "desk_fixture.h"
#include "fake_document_sink.h"
#include "fake_renderer.h"
#include "td/core/document_service.h"

using namespace td::test;

namespace {
std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}
}  // namespace

class StaffPasswordTest : public DeskTest {
  protected:
    std::vector<AuditEvent> events(const std::string& chain, const std::string& action) {
        std::vector<AuditEvent> out;
        for (const auto& e : store.state().audit[chain])
            if (e.action == action) out.push_back(e);
        return out;
    }
};

TEST_F(StaffPasswordTest, TheMinimumLengthIsThePolicysTwelveByDefault) {
    EXPECT_EQ(Policy::defaults().staff_password_min_length, 12);
    const auto short_one = staff.add_staff(admin, {"newbie", "新人", "001", "teller", "elevenchars"});
    ASSERT_FALSE(short_one);
    EXPECT_EQ(short_one.refusal().code, "password_too_short");
    EXPECT_EQ(short_one.refusal().arg("min"), "12");
    EXPECT_EQ(refusal_code(staff.reset_password(admin, "teller", "elevenchars")),
              "password_too_short");
    EXPECT_EQ(refusal_code(staff.change_password("teller", kStaffPassword, "elevenchars")),
              "password_too_short");
    // Characters, not bytes: twelve kanji are twelve characters.
    EXPECT_EQ(refusal_code(staff.change_password("teller", kStaffPassword, "漢字十一文字の合言葉です")),
              "ok");

    ASSERT_TRUE(policy.set(admin, "staff_password_min_length", "16"));
    EXPECT_EQ(refusal_code(staff.reset_password(admin, "teller", "fifteen-chars-1")),
              "password_too_short");
    EXPECT_EQ(refusal_code(policy.set(admin, "staff_password_min_length", "7")),
              "policy_value_range");
}

TEST_F(StaffPasswordTest, APasswordAnAdministratorSetIsChangedAtFirstSignIn) {
    ASSERT_TRUE(staff.add_staff(admin, {"newbie", "新人", "001", "teller", "given-by-admin"}));
    const auto first = staff.sign_in("newbie", "given-by-admin");
    ASSERT_FALSE(first);
    EXPECT_EQ(first.refusal().code, "password_change_required");
    EXPECT_EQ(first.refusal().arg("reason"), "first_sign_in");
    EXPECT_EQ(store.state().staff.at("newbie").failed_logins, 0) << "the password was right";
    EXPECT_TRUE(events("001", "signed_in").empty() ||
                events("001", "signed_in").back().actor != "newbie");

    // A wrong current password counts as a failed sign-in.
    const auto wrong = staff.change_password("newbie", "not-the-password", "my-own-password");
    EXPECT_EQ(wrong.refusal().code, "sign_in_failed");
    EXPECT_EQ(wrong.refusal().field, "current_password");
    EXPECT_EQ(store.state().staff.at("newbie").failed_logins, 1);
    EXPECT_EQ(staff.change_password("newbie", "given-by-admin", "given-by-admin").refusal().code,
              "password_unchanged");

    const auto changed = staff.change_password("newbie", "given-by-admin", "my-own-password");
    ASSERT_TRUE(changed);
    EXPECT_FALSE(changed.value().expires_at) << "no expiry by default";
    EXPECT_TRUE(staff.sign_in("newbie", "my-own-password"));
    EXPECT_EQ(events("001", "staff_password_changed").back().detail, "due=first_sign_in");

    // The first administrator chose their own password at set-up; one resetting their own
    // password knows it too.
    EXPECT_TRUE(staff.sign_in("admin", "admin-pass-01"));
    ASSERT_TRUE(staff.reset_password(admin, "admin", "admin-pass-02"));
    EXPECT_TRUE(staff.sign_in("admin", "admin-pass-02"));
}

TEST_F(StaffPasswordTest, ThePolicyMayLetAnAdministratorsPasswordStand) {
    ASSERT_TRUE(policy.set(admin, "staff_password_must_change", "0"));
    ASSERT_TRUE(staff.add_staff(admin, {"newbie", "新人", "001", "teller", "given-by-admin"}));
    EXPECT_TRUE(staff.sign_in("newbie", "given-by-admin"));
}

TEST_F(StaffPasswordTest, TheLastNPasswordsAreNotUsedAgain) {
    EXPECT_EQ(Policy::defaults().staff_password_history, 3);
    // password-0001 (current since the fixture) -> second -> third.
    ASSERT_TRUE(staff.change_password("teller", kStaffPassword, "second-password"));
    ASSERT_TRUE(staff.change_password("teller", "second-password", "third-password"));
    for (const char* again : {kStaffPassword, "second-password"}) {
        const auto r = staff.change_password("teller", "third-password", again);
        ASSERT_FALSE(r) << again;
        EXPECT_EQ(r.refusal().code, "password_reused");
        EXPECT_EQ(r.refusal().field, "new_password");
        EXPECT_EQ(r.refusal().arg("count"), "3");
    }
    ASSERT_TRUE(staff.change_password("teller", "third-password", "fourth-password"));
    // Four back is out of the last three.
    EXPECT_TRUE(staff.change_password("teller", "fourth-password", kStaffPassword));
    EXPECT_LE(store.state().earlier_passwords.at("teller").size(), 2u)
        << "hashes past the policy's count are not kept";

    ASSERT_TRUE(policy.set(admin, "staff_password_history", "0"));
    EXPECT_TRUE(staff.change_password("teller", kStaffPassword, "fourth-password"));
}

TEST_F(StaffPasswordTest, AnExpiredPasswordIsChangedBeforeAnythingElse) {
    ASSERT_TRUE(policy.set(admin, "staff_password_expiry_days", "90"));
    ASSERT_TRUE(staff.change_password("teller", kStaffPassword, "spring-password"));
    clock.advance(std::chrono::days{89});
    EXPECT_TRUE(staff.sign_in("teller", "spring-password"));
    clock.advance(std::chrono::days{1});
    const auto late = staff.sign_in("teller", "spring-password");
    ASSERT_FALSE(late);
    EXPECT_EQ(late.refusal().code, "password_change_required");
    EXPECT_EQ(late.refusal().arg("reason"), "expired");
    const auto changed = staff.change_password("teller", "spring-password", "summer-password");
    ASSERT_TRUE(changed);
    ASSERT_TRUE(changed.value().expires_at);
    EXPECT_EQ(*changed.value().expires_at, clock.now() + std::chrono::days{90});
    EXPECT_TRUE(staff.sign_in("teller", "summer-password"));
    EXPECT_EQ(events("001", "staff_password_changed").back().detail, "due=expired");

    // A password from before the rules has no date: it is due as soon as expiry is on.
    store.state().staff.at("manager").password_set_at.reset();
    EXPECT_EQ(staff.sign_in("manager", kStaffPassword).refusal().arg("reason"), "expired");
}

TEST_F(StaffPasswordTest, SignInsAndFailuresAreAuditedWithoutWhatWasTyped) {
    const auto before = events("001", "signed_in").size();
    ASSERT_TRUE(staff.sign_in("teller", kStaffPassword));
    ASSERT_EQ(events("001", "signed_in").size(), before + 1);
    EXPECT_EQ(events("001", "signed_in").back().actor, "teller");
    EXPECT_EQ(events("001", "signed_in").back().target, "staff:teller");

    (void)staff.sign_in("teller", "typed-wrongly-1");
    const auto failed = events("001", "sign_in_failed");
    ASSERT_FALSE(failed.empty());
    EXPECT_EQ(failed.back().detail, "failures=1");

    (void)staff.sign_in("my-secret-typed-as-id", "typed-wrongly-2");
    const auto unknown = events(kSystemChain, "sign_in_failed");
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown.back().detail, "unknown_staff_id");
    for (const auto& [chain, list] : store.state().audit)
        for (const auto& e : list)
            for (const std::string& field : {e.actor, e.target, e.detail})
                for (const char* secret :
                     {"typed-wrongly", "my-secret-typed-as-id", kStaffPassword, "admin-pass-01"})
                    EXPECT_EQ(field.find(secret), std::string::npos) << e.action;
    EXPECT_TRUE(audit.verify(std::nullopt).value().intact);
}

TEST_F(StaffPasswordTest, TheJournalListsTheDaysSignIns) {
    FakeRenderer renderer;
    FakeDocumentSink sink;
    DocumentService documents{ctx, renderer, sink};
    clock.set(japan(2026, 11, 27, 9, 0));
    ASSERT_TRUE(staff.sign_in("teller", kStaffPassword));
    (void)staff.sign_in("teller", "typed-wrongly-1");
    ASSERT_TRUE(staff.change_password("teller", kStaffPassword, "winter-password"));
    clock.set(japan(2026, 11, 28, 9, 0));
    (void)staff.sign_in("manager", "typed-wrongly-1");  // another day
    ASSERT_TRUE(documents.journal(manager, "001", "2026-11-27", Language::ja));
    const auto& rows = renderer.rendered.at(0).tables.at("sign_ins");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].at("at"), "09:00");
    EXPECT_EQ(rows[0].at("staff"), "teller name（teller）");
    EXPECT_EQ(rows[0].at("event"), "サインイン");
    EXPECT_EQ(rows[1].at("event"), "サインイン失敗");
    EXPECT_EQ(rows[1].at("note"), "連続1回目");
    EXPECT_EQ(rows[2].at("event"), "パスワード変更");
}
