#include "td/core/application_review.h"

#include "desk_fixture.h"

using namespace td::test;

namespace {

class ReviewTest : public DeskTest {
  protected:
    std::vector<EntryChange> changes_of(std::int64_t id) {
        auto review = review_application(ctx, manager, id);
        EXPECT_TRUE(review);
        std::vector<EntryChange> out;
        for (const auto& c : review.value().changes) out.push_back(c.what);
        return out;
    }
    FormInput form() { return {"", true, true, "山田", "principal", ""}; }
};

using Changes = std::vector<EntryChange>;

TEST_F(ReviewTest, AFreshEntryShowsNoChange) {
    issue_token("gen1");
    clock.set(japan(2026, 11, 26, 11, 0));
    auto rv = applications.apply_revoke(teller, {"gen1", "broken", form()});
    ASSERT_TRUE(rv);
    auto review = review_application(ctx, manager, rv.value().application.id);
    ASSERT_TRUE(review);
    EXPECT_EQ(review.value().entry.application.id, rv.value().application.id);
    EXPECT_EQ(review.value().now.user.login_id, "gen1");
    EXPECT_TRUE(review.value().changes.empty());
}

TEST_F(ReviewTest, AMisuseReportAfterARevokeEntryShowsTheStopAndNothingLeftToRevoke) {
    const Token t = issue_token("gen1");
    clock.set(japan(2026, 11, 26, 11, 0));
    auto rv = applications.apply_revoke(teller, {"gen1", "lost", form()});
    ASSERT_TRUE(rv);
    clock.set(japan(2026, 11, 26, 11, 20));
    auto misuse = applications.apply_misuse_report(teller, {"gen1", "不審なログイン", form()});
    ASSERT_TRUE(misuse) << misuse.refusal().code;
    auto review = review_application(ctx, manager, rv.value().application.id).value();
    EXPECT_EQ(changes_of(rv.value().application.id),
              (Changes{EntryChange::token_ended, EntryChange::application_entered,
                       EntryChange::no_live_token}));
    EXPECT_EQ(review.changes[0].ref, t.id);
    EXPECT_EQ(review.changes[0].token_state, TokenState::stopped);
    EXPECT_EQ(review.changes[0].at, japan(2026, 11, 26, 11, 20));
    EXPECT_EQ(review.changes[1].application_kind, ApplicationKind::misuse_report);
}

TEST_F(ReviewTest, UnlockEntryOfAUserNoLongerLockedSaysSo) {
    store.state().users.at("master1").otp_state = OtpState::locked;
    auto un = applications.apply_unlock(teller, {"master1", form()});
    ASSERT_TRUE(un) << un.refusal().code;
    EXPECT_TRUE(changes_of(un.value().application.id).empty());
    store.state().users.at("master1").otp_state = OtpState::active;
    EXPECT_EQ(changes_of(un.value().application.id), Changes{EntryChange::no_longer_locked});
}

TEST_F(ReviewTest, ANewTokenEntryShowsAReissueHoldAndTheApplicationsOwnTokenIsNoChange) {
    const Token t = issue_token("gen1");
    auto rv = applications.apply_revoke(teller, {"gen1", "broken", form()});
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    clock.set(japan(2026, 11, 26, 10, 40));
    auto again = applications.apply_software_token(teller, {"gen1", "1234", false, {}});
    ASSERT_TRUE(again) << again.refusal().code;
    EXPECT_TRUE(changes_of(again.value().application.id).empty());
    // Approved: the token it issued is its own effect, and the old token ended before it.
    auto ok = applications.approve(manager, again.value().application.id);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(changes_of(again.value().application.id).empty());
    EXPECT_NE(ok.value().token->id, t.id);
}

TEST_F(ReviewTest, ALiveTokenIssuedMeanwhileIsShownOnTheOlderEntry) {
    auto first = applications.apply_software_token(teller, {"gen1", "1234", false, {}});
    ASSERT_TRUE(first);
    store.state().tokens[99] = Token{};
    Token& other = store.state().tokens[99];
    other.id = 99;
    other.login_id = "gen1";
    other.state = TokenState::issued;
    other.issued_at = japan(2026, 11, 26, 10, 5);
    EXPECT_EQ(changes_of(first.value().application.id),
              (Changes{EntryChange::token_issued, EntryChange::live_token_exists}));
}

TEST_F(ReviewTest, AnUnknownApplicationIsRefused) {
    EXPECT_EQ(review_application(ctx, manager, 424242).refusal().code, "unknown_application");
}

}  // namespace
