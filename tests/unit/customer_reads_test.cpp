// Who looked at whom: reads of customers' data stay within the branches the policy allows
// (cross_branch_read) and each is recorded against every customer it showed, with the query.
#include "desk_fixture.h"
#include "td/core/inquiry_service.h"

using namespace td::test;

namespace {

class CustomerReadsTest : public DeskTest {
  protected:
    InquiryService inquiry{ctx};
    Actor teller2, admin_actor;

    void SetUp() override {
        DeskTest::SetUp();
        add_staff("tel002", "teller", "002");
        teller2 = staff.sign_in("tel002", "password-0001").value();
        // A customer of branch 002 whose name also starts with 株式会社.
        ASSERT_TRUE(customers.add_contract(
            other_branch_manager,
            {"2000001", "株式会社駅前物産", "カブシキガイシャエキマエブッサン", "佐藤 花子",
             "代表取締役", "100-0002", "東京都千代田区2-2", "03-1111-1111", "002"}));
        auto r = customers.add_user(other_branch_manager,
                                    {"ekimae01", "2000001", "駅前 様", "master", "e@docomo.ne.jp"});
        ASSERT_TRUE(r) << r.refusal().code;
    }

    std::vector<std::string> found(const Actor& who, const std::string& prefix) {
        std::vector<std::string> out;
        const auto hits = inquiry.search(who, prefix).value();
        for (const auto& h : hits) out.push_back(h.contract.number);
        return out;
    }

    std::vector<AuditEvent> about(const std::string& number) {
        return audit.reads_of(admin, number).value();
    }
    // The recorded reads of a customer by one member of staff, as "action detail".
    std::vector<std::string> reads_by(const std::string& number, const std::string& staff_id) {
        std::vector<std::string> out;
        const auto events = about(number);
        for (const auto& e : events)
            if (e.actor == staff_id) out.push_back(e.action + " " + e.detail);
        return out;
    }
};

using V = std::vector<std::string>;

TEST_F(CustomerReadsTest, TellersAndManagersSearchOnlyTheirOwnBranchByDefault) {
    EXPECT_EQ(found(teller, "株式会社"), V{"1000001"});
    EXPECT_EQ(found(teller2, "株式会社"), V{"2000001"});
    EXPECT_EQ(found(other_branch_manager, "株式会社"), V{"2000001"});
    EXPECT_EQ(found(admin, "株式会社"), (V{"1000001", "2000001"}));
}

TEST_F(CustomerReadsTest, ThePolicyOpensOtherBranchesToTheRolesItNames) {
    ASSERT_TRUE(policy.set(admin, "cross_branch_read", "manager, admin"));
    EXPECT_EQ(policy.current().cross_branch_read, (std::vector<Role>{Role::manager, Role::admin}));
    EXPECT_EQ(found(manager, "株式会社"), (V{"1000001", "2000001"}));
    EXPECT_EQ(found(teller, "株式会社"), V{"1000001"});
    ASSERT_TRUE(policy.set(admin, "cross_branch_read", "none"));
    EXPECT_EQ(found(admin, "株式会社"), V{"1000001"});  // the admin's own branch is 001
}

TEST_F(CustomerReadsTest, ThePolicyValueIsARoleListOrNone) {
    EXPECT_EQ(policy.set(admin, "cross_branch_read", "auditor").refusal().code, "invalid_choice");
    EXPECT_EQ(policy.set(admin, "cross_branch_read", "").refusal().code, "invalid_choice");
    EXPECT_EQ(policy.current().cross_branch_read, std::vector<Role>{Role::admin});
    EXPECT_EQ(policy_to_values(policy.current()).at("cross_branch_read"), "admin");
    ASSERT_TRUE(policy.set(admin, "cross_branch_read", "ADMIN,teller,admin"));
    EXPECT_EQ(policy_to_values(policy.current()).at("cross_branch_read"), "teller,admin");
}

TEST_F(CustomerReadsTest, ASearchIsRecordedAgainstEveryCustomerItShowedWithTheQuery) {
    ASSERT_EQ(found(admin, "株式会社"), (V{"1000001", "2000001"}));
    for (const auto* number : {"1000001", "2000001"}) {
        const auto events = about(number);
        ASSERT_FALSE(events.empty()) << number;
        const auto& e = events.front();
        EXPECT_EQ(e.action, "customers_searched");
        EXPECT_EQ(e.actor, "admin");
        EXPECT_EQ(e.chain, "001");  // the searcher's branch
        // A name is personal data: the trail keeps that a name of 4 characters was searched.
        EXPECT_EQ(e.detail, "customers=1000001,2000001; query=name:4");
    }
}

TEST_F(CustomerReadsTest, ASearchShowingNothingIsRecordedAgainstNobody) {
    const auto before = about("2000001").size();
    EXPECT_TRUE(found(teller, "株式会社駅前").empty());
    const auto& last = store.state().audit.at("001").back();
    EXPECT_EQ(last.action, "customers_searched");
    EXPECT_EQ(last.detail, "customers=; query=name:6");
    (void)found(teller, "1000");
    EXPECT_EQ(store.state().audit.at("001").back().detail, "customers=1000001; query=1000")
        << "an identifier is kept as typed";
    EXPECT_EQ(about("2000001").size(), before + 1);  // only the admin's look just now
}

TEST_F(CustomerReadsTest, AnotherBranchsUserIsNotShownButTheAttemptIsRecorded) {
    const auto r = customers.show_user(teller, "ekimae01");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "other_branch_customer");
    EXPECT_EQ(r.refusal().field, "login_id");
    const auto events = about("2000001");
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.front().action, "customer_read_refused");
    EXPECT_EQ(events.front().actor, "teller");
    ASSERT_TRUE(customers.show_user(teller2, "ekimae01"));
    EXPECT_EQ(reads_by("2000001", "tel002"),
              V{"user_viewed customers=2000001; query=login_id=ekimae01"});
}

TEST_F(CustomerReadsTest, ApplicationListsStayInTheOwnBranchAndAreRecorded) {
    auto own = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(own);
    auto other = applications.apply_software_token(teller2, {"ekimae01", "1234", false, {}});
    ASSERT_TRUE(other) << other.refusal().code;

    const auto mine = applications.list(teller, {}).value();
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].login_id, "master1");
    ApplicationFilter theirs;
    theirs.branch_code = "002";
    EXPECT_EQ(applications.list(teller, theirs).refusal().code, "other_branch_customer");
    EXPECT_EQ(applications.list(admin, {}).value().size(), 2u);

    EXPECT_EQ(reads_by("1000001", "teller"),
              V{"applications_listed customers=1000001; query=branch=001"});
    EXPECT_TRUE(reads_by("2000001", "teller").empty());  // the refused list showed nothing
    EXPECT_EQ(applications.show(teller, other.value().application.id).refusal().code,
              "other_branch_customer");
    ASSERT_TRUE(applications.show(teller2, other.value().application.id));
    const std::string id = std::to_string(other.value().application.id);
    EXPECT_EQ(reads_by("2000001", "teller"),
              V{"customer_read_refused customers=2000001; query=application_id=" + id});
    const auto by_teller2 = reads_by("2000001", "tel002");
    ASSERT_FALSE(by_teller2.empty());
    EXPECT_EQ(by_teller2.back(), "application_viewed customers=2000001; query=application_id=" + id);
}

TEST_F(CustomerReadsTest, TheHomeSummaryIsRecordedAgainstTheCustomersItShows) {
    ASSERT_TRUE(applications.apply_software_token(teller, {"master1", "1234", false, {}}));
    ASSERT_TRUE(inquiry.home(manager));
    const auto events = about("1000001");
    const bool seen = std::any_of(events.begin(), events.end(), [](const AuditEvent& e) {
        return e.action == "branch_summary_viewed" && e.actor == "manager";
    });
    EXPECT_TRUE(seen);
}

TEST_F(CustomerReadsTest, OnlyManagersOfTheHomeBranchAndAdministratorsSeeWhoLooked) {
    EXPECT_EQ(audit.reads_of(teller, "1000001").refusal().code, "role_not_allowed");
    EXPECT_EQ(audit.reads_of(other_branch_manager, "1000001").refusal().code, "wrong_branch");
    EXPECT_TRUE(audit.reads_of(manager, "1000001"));
    EXPECT_EQ(audit.reads_of(manager, "9999999").refusal().code, "unknown_contract");
}

TEST_F(CustomerReadsTest, RecordedReadsKeepTheChainsIntact) {
    found(admin, "株式会社");
    ASSERT_TRUE(customers.show_user(teller, "master1"));
    EXPECT_FALSE(customers.show_user(teller, "ekimae01"));
    EXPECT_TRUE(audit.verify(std::nullopt).value().intact);
}

}  // namespace
