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

TEST_F(InquiryTest, SearchFoldsWidthCaseAndKanaKind) {
    using V = std::vector<std::string>;
    EXPECT_EQ(numbers("ｶﾌﾞｼｷ"), V{"1000001"});               // half-width katakana
    EXPECT_EQ(numbers("かぶしき"), V{"1000001"});            // hiragana
    EXPECT_EQ(numbers("ＭＡＳＴ"), V{"1000001"});            // full-width, upper case
    EXPECT_EQ(numbers("Master1"), V{"1000001"});             // upper case
    EXPECT_EQ(numbers("１００００"), V{"1000001"});          // full-width digits
    EXPECT_EQ(numbers("株式会社テスト商事"), V{"1000001"});  // kanji unchanged
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

TEST_F(InquiryTest, CompanyKanaIsKeptInFullWidthKatakanaWhateverWasTyped) {
    ASSERT_TRUE(customers.add_contract(
        teller, {"1000002", "さくら商事株式会社", "ｻｸﾗｼｮｳｼﾞ　かぶしきがいしゃ", "", "", "1000001",
                 "東京都千代田区千代田1-2", "", "001"}));
    EXPECT_EQ(store.state().contracts.at("1000002").company_kana,
              "サクラショウジ カブシキガイシャ");
    const auto circled = customers.add_contract(
        teller, {"1000003", "丸数字商事", "サクラ①", "", "", "1000001", "東京都", "", "001"});
    EXPECT_EQ(circled.refusal().code, "kana_format");
    EXPECT_EQ(circled.refusal().field, "company_kana");
    EXPECT_EQ(store.state().contracts.count("1000003"), 0u);
}
