// tokendesk-server's rules: a host acts only for its service IDs, and learns only
// accept / reject / locked of a code.
#include "td/core/host_service.h"

#include "desk_fixture.h"

using namespace td::test;

namespace {

std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}

class HostTest : public DeskTest {
  protected:
    HostService host{ctx, {"ib-host", {"SEIKYO01"}}};
    HostService other_bank{ctx, {"other-host", {"OTHER01"}}};
};

TEST_F(HostTest, ACodeIsAcceptedOnceAndWrongCodesCountTowardTheLock) {
    const SecretBytes seed = active_token("master1");
    const std::string code = code_at(seed, clock.now());
    EXPECT_EQ(host.verify("master1", code), Verdict::accept);
    EXPECT_EQ(host.verify("master1", code), Verdict::reject);
    for (int i = 2; i <= 5; ++i) EXPECT_EQ(host.verify("master1", "000000"), Verdict::reject);
    EXPECT_EQ(user("master1").fail_count, 5);
    EXPECT_EQ(host.verify("master1", code_at(seed, clock.now(), 1)), Verdict::locked);
}

TEST_F(HostTest, UnknownUsersUsersWithoutATokenAndMalformedCodesAreRejected) {
    EXPECT_EQ(host.verify("nobody", "123456"), Verdict::reject);
    EXPECT_EQ(host.verify("gen1", "123456"), Verdict::reject);  // no token
    issue_token("gen1");
    EXPECT_EQ(host.verify("gen1", "123456"), Verdict::reject);  // not set up yet
    active_token("master1");
    EXPECT_EQ(host.verify("master1", "12 34"), Verdict::reject);
    EXPECT_EQ(host.verify("bad id!", "123456"), Verdict::reject);
    EXPECT_EQ(user("master1").fail_count, 0);  // a malformed code is not a guess
}

TEST_F(HostTest, AnotherServicesHostSeesNoUserAndCountsNothing) {
    const SecretBytes seed = active_token("master1");
    EXPECT_FALSE(other_bank.serves("master1"));
    EXPECT_EQ(other_bank.verify("master1", code_at(seed, clock.now())), Verdict::reject);
    EXPECT_EQ(other_bank.verify("master1", "000000"), Verdict::reject);
    EXPECT_EQ(user("master1").fail_count, 0);
    EXPECT_EQ(refusal_code(other_bank.user_status("master1")), "unknown_login_id");
    EXPECT_EQ(
        refusal_code(other_bank.online_revoke("master1", "master1", code_at(seed, clock.now()))),
        "unknown_login_id");
    EXPECT_EQ(host.verify("master1", code_at(seed, clock.now())), Verdict::accept);
}

TEST_F(HostTest, AUsersServiceIsTheirNewestTokensOrThePolicysBeforeTheFirst) {
    EXPECT_EQ(host.service_of("gen1"), "SEIKYO01");  // no token yet: the policy's
    EXPECT_EQ(host.service_of("nobody"), "");
    const Token t = issue_token("gen1");
    store.state().tokens.at(t.id).service_id = "OTHER01";
    EXPECT_EQ(host.service_of("gen1"), "OTHER01");
    EXPECT_TRUE(other_bank.serves("gen1"));
    EXPECT_FALSE(host.serves("gen1"));
}

TEST_F(HostTest, EveryDecisionIsRecordedWithTheHostAndPurpose) {
    const SecretBytes seed = active_token("master1");
    host.verify("master1", code_at(seed, clock.now()), "transaction");
    host.verify("master1", "000000", "login");
    std::vector<std::string> details;
    const std::string chain = otp_chain("001", "master1");
    for (const auto& e : store.state().audit.at(chain))
        if (e.action == "otp_accepted" || e.action == "otp_refused") details.push_back(e.detail);
    ASSERT_EQ(details.size(), 2u);
    EXPECT_EQ(details[0], "host=ib-host purpose=transaction");
    EXPECT_EQ(details[1], "reason=otp_wrong failures=1 host=ib-host purpose=login");
    for (int i = 0; i < 4; ++i) host.verify("master1", "000000");
    host.verify("master1", "000000");  // locked: recorded too
    EXPECT_EQ(store.state().audit.at(chain).back().detail,
              "reason=user_locked host=ib-host purpose=login");
}

TEST_F(HostTest, InitialSetupOnlyForTheHostsServices) {
    const Token t = issue_token("master1", "4321");
    EXPECT_EQ(refusal_code(other_bank.activate({"SEIKYO01", t.token_user_id, "4321"})),
              "unknown_token");
    EXPECT_EQ(store.state().tokens.at(t.id).activation_failures, 0);
    auto a = host.activate({"SEIKYO01", t.token_user_id, "4321"});
    ASSERT_TRUE(a);
    EXPECT_EQ(a.value().period, 60);
}

TEST_F(HostTest, OnlineUnlockByTheMasterWithTheirOtp) {
    const SecretBytes seed = active_token("master1");
    store.state().users.at("gen1").otp_state = OtpState::locked;
    EXPECT_EQ(refusal_code(other_bank.online_unlock("gen1", "master1", code_at(seed, clock.now()))),
              "unknown_login_id");
    ASSERT_TRUE(host.online_unlock("gen1", "master1", code_at(seed, clock.now())));
    EXPECT_EQ(user("gen1").otp_state, OtpState::active);
}

TEST_F(HostTest, UserStatusShowsStateAndTimesButNoSecret) {
    const SecretBytes seed = active_token("master1");
    auto before = host.user_status("master1");
    ASSERT_TRUE(before);
    EXPECT_FALSE(before.value().last_accepted_at);
    EXPECT_TRUE(before.value().token->sealed_seed.empty());
    EXPECT_EQ(before.value().token->state, TokenState::active);
    ASSERT_EQ(host.verify("master1", code_at(seed, clock.now())), Verdict::accept);
    auto after = host.user_status("master1");
    ASSERT_TRUE(after.value().last_accepted_at);
    EXPECT_EQ(*after.value().last_accepted_at, japan(2026, 11, 26, 10, 0));
    clock.advance(std::chrono::minutes(1));
    ASSERT_TRUE(host.online_revoke("master1", "master1", code_at(seed, clock.now())));
    auto revoked = host.user_status("master1");
    EXPECT_EQ(revoked.value().token->state, TokenState::revoked);
    EXPECT_EQ(revoked.value().earliest_issue_at, japan(2026, 11, 26, 10, 31));
}

}  // namespace

namespace {

std::vector<std::string> types_of(const std::vector<HostEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(e.type + ":" + e.login_id);
    return out;
}

TEST_F(HostTest, TheFeedTellsWhatChangedInOrder) {
    const SecretBytes seed = active_token("master1");  // issued, activated
    const Token gen = issue_token("gen1");
    ASSERT_TRUE(tokens.activate({gen.service_id, gen.token_user_id, "1234"}));
    for (int i = 0; i < 5; ++i) host.verify("gen1", "000000");  // locked on the fifth
    ASSERT_TRUE(host.online_unlock("gen1", "master1", code_at(seed, clock.now())));
    clock.advance(std::chrono::minutes(1));
    ASSERT_TRUE(host.online_revoke("gen1", "master1", code_at(seed, clock.now())));
    auto feed = host.events(0, 100);
    ASSERT_TRUE(feed);
    EXPECT_EQ(types_of(feed.value()),
              (std::vector<std::string>{"issued:master1", "activated:master1", "issued:gen1",
                                        "activated:gen1", "locked:gen1", "unlocked:gen1",
                                        "revoked:gen1"}));
    EXPECT_EQ(feed.value().front().token_kind, "software");
    EXPECT_EQ(feed.value().front().service_id, "SEIKYO01");
    EXPECT_EQ(feed.value()[4].token_kind, "");
    // Resumable: after the third, two at a time.
    auto page = host.events(feed.value()[2].seq, 2);
    EXPECT_EQ(types_of(page.value()), (std::vector<std::string>{"activated:gen1", "locked:gen1"}));
    EXPECT_TRUE(other_bank.events(0, 100).value().empty());
    EXPECT_EQ(host.events(0, 0).refusal().code, "number_range");
    EXPECT_EQ(host.events(-1, 10).refusal().code, "cursor_format");
}

TEST_F(HostTest, TheBranchsProceduresAreInTheFeedToo) {
    active_token("master1");
    store.state().users.at("master1").otp_state = OtpState::locked;
    auto unlock =
        applications.apply_unlock(teller, {"master1", {"2026-11-25", true, true, "", "", ""}});
    ASSERT_TRUE(applications.approve(manager, unlock.value().application.id));
    auto misuse = applications.apply_misuse_report(teller, {"master1", "身に覚えのない振込", {}});
    ASSERT_TRUE(misuse) << misuse.refusal().code;
    EXPECT_EQ(types_of(host.events(0, 100).value()),
              (std::vector<std::string>{"issued:master1", "activated:master1", "unlocked:master1",
                                        "misuse_stopped:master1"}));
}

}  // namespace
