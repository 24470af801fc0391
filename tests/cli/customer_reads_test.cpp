// Who looked at whom, through tokendesk-cli: other branches' customers stay out of a teller's
// lists, and `audit reads` shows every recorded look at one customer.
#include "cli_runner.h"

using namespace td::test;

namespace {

class CustomerReads : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
        ASSERT_EQ(as("admin", {"branch", "add", "002", "--name", "駅前支店"}).exit_code, 0);
        ASSERT_EQ(add_staff("admin", "teller2",
                            {"--name", "駅前 二郎", "--branch", "002", "--role", "teller"})
                      .exit_code,
                  0);
        issue_software_token("master1");
    }
};

}  // namespace

TEST_F(CustomerReads, ATellerOfAnotherBranchSeesNeitherTheListNorTheUser) {
    auto list = as("teller2", {"application", "list"});
    ASSERT_EQ(list.exit_code, 0) << list.out;
    EXPECT_TRUE(list.json()["applications"].empty());
    auto named = as("teller2", {"application", "list", "--branch", "001"});
    EXPECT_EQ(named.exit_code, 1);
    EXPECT_EQ(named.json()["error"]["code"], "other_branch_customer");
    auto user = as("teller2", {"user", "show", "master1"});
    EXPECT_EQ(user.exit_code, 1);
    EXPECT_EQ(user.json()["error"]["code"], "other_branch_customer");
    EXPECT_EQ(user.json()["error"]["field"], "login_id");
    EXPECT_EQ(as("teller1", {"application", "list"}).json()["applications"].size(), 1u);
}

TEST_F(CustomerReads, EveryLookIsListedAgainstTheCustomer) {
    ASSERT_EQ(as("teller1", {"user", "show", "gen1"}).exit_code, 0);
    ASSERT_EQ(as("teller1", {"application", "list", "--state", "approved"}).exit_code, 0);
    ASSERT_EQ(as("teller2", {"user", "show", "master1"}).exit_code, 1);

    auto r = as("manager1", {"audit", "reads", "1000001"});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const auto reads = r.json()["reads"];
    std::vector<std::string> seen;
    for (const auto& e : reads)
        seen.push_back(e["staff_id"].get<std::string>() + " " + e["action"].get<std::string>() +
                       " " + e["detail"].get<std::string>());
    const std::vector<std::string> expected{
        "teller1 user_viewed customers=1000001; query=login_id=gen1",
        "teller1 applications_listed customers=1000001; query=state=approved branch=001",
        "teller2 customer_read_refused customers=1000001; query=login_id=master1"};
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(as("teller1", {"audit", "reads", "1000001"}).json()["error"]["code"],
              "role_not_allowed");
    EXPECT_EQ(cli({"audit", "verify"}).json()["intact"], true);
}

TEST_F(CustomerReads, ThePolicyLetsNamedRolesLookAcrossBranches) {
    auto set = as("admin", {"policy", "set", "cross_branch_read", "teller,admin"});
    ASSERT_EQ(set.exit_code, 0) << set.out;
    EXPECT_EQ(set.json()["policy"]["cross_branch_read"], (nlohmann::json{"teller", "admin"}));
    EXPECT_EQ(as("teller2", {"user", "show", "master1"}).exit_code, 0);
    EXPECT_EQ(as("teller2", {"application", "list"}).json()["applications"].size(), 1u);
}
