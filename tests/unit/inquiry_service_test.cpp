#include "td/core/inquiry_service.h"

#include "desk_fixture.h"

using namespace td::test;

class InquiryTest : public DeskTest {
  protected:
    InquiryService inquiry{ctx};
    std::vector<std::string> numbers(const std::string& prefix) {
        std::vector<std::string> out;
        const auto hits = inquiry.search(teller, prefix).value();
        for (const auto& h : hits) out.push_back(h.contract.number);
        return out;
    }
};

TEST_F(InquiryTest, SearchByEachPrefix) {
    using V = std::vector<std::string>;
    EXPECT_EQ(numbers("10000"), V{"1000001"});
    EXPECT_EQ(numbers("mast"), V{"1000001"});
    EXPECT_EQ(numbers("株式会社テ"), V{"1000001"});
    EXPECT_EQ(numbers("カブシキ"), V{"1000001"});
    EXPECT_EQ(numbers("zzz"), V{});
    EXPECT_EQ(inquiry.search(teller, "").refusal().code, "required");
}

TEST_F(InquiryTest, SearchReturnsTheUsersAndIsRecorded) {
    auto hits = inquiry.search(teller, "1000001").value();
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].users.size(), 2u);
    EXPECT_EQ(store.state().audit.at("001").back().action, "customers_searched");
}

TEST_F(InquiryTest, HomeShowsTheBranchDay) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    const Token t = issue_token("gen1");
    (void)t;
    store.state().users.at("master1").otp_state = OtpState::locked;
    const auto home = inquiry.home(manager).value();
    EXPECT_EQ(home.today.size(), 2u);
    ASSERT_EQ(home.awaiting_approval.size(), 1u);
    EXPECT_EQ(home.awaiting_approval[0].id, in.value().application.id);
    ASSERT_EQ(home.locked_masters.size(), 1u);
    EXPECT_EQ(home.locked_masters[0].login_id, "master1");
    EXPECT_EQ(home.unprinted_notices.size(), 1u);
    EXPECT_TRUE(inquiry.home(other_branch_manager).value().awaiting_approval.empty());
}
