// db check: clean after normal work; a problem planted directly in the SQLite file is listed,
// with exit 1; only an admin may run it.

#include "cli_runner.h"

using namespace td::test;

namespace {

class DbCheck : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
        token_id = issue_software_token("master1")["token"]["token_id"].get<std::int64_t>();
    }
    std::filesystem::path db() const { return dir / "td.db"; }
    std::int64_t token_id = 0;
};

}  // namespace

TEST_F(DbCheck, CleanDatabase) {
    auto r = as("admin", {"db", "check"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const auto j = r.json();
    EXPECT_EQ(j["clean"], true);
    EXPECT_EQ(j["tokens_checked"], 1);
    EXPECT_EQ(j["applications_checked"], 1);
    EXPECT_GT(j["events_checked"].get<int>(), 0);
    EXPECT_TRUE(j["problems"].empty());
}

TEST_F(DbCheck, AdminOnly) {
    auto r = as("manager1", {"db", "check"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.json()["error"]["code"], "role_not_allowed");
    EXPECT_EQ(cli({"db", "check"}).json()["error"]["code"], "sign_in_required");
}

TEST_F(DbCheck, ProblemsAreListedWithExitOne) {
    // A token whose application is gone, and an edited audit event.
    exec_sql(db(),
             "UPDATE tokens SET application_id = NULL WHERE id = " + std::to_string(token_id) +
                 ";"
                 "UPDATE audit_events SET detail = 'edited' WHERE chain = '001' AND seq = 2");
    auto r = as("admin", {"db", "check"});
    EXPECT_EQ(r.exit_code, 1);
    const auto j = r.json();
    EXPECT_EQ(j["clean"], false);
    EXPECT_EQ(j["error"]["code"], "database_check_failed");
    EXPECT_EQ(j["error"]["count"], "3");
    std::vector<std::string> codes;
    for (const auto& p : j["problems"]) codes.push_back(p["code"]);
    EXPECT_EQ(codes, (std::vector<std::string>{"token_without_application",
                                               "approved_without_effect", "audit_chain_broken"}));
    EXPECT_EQ(j["problems"][0]["target"], "token:" + std::to_string(token_id));
    EXPECT_EQ(j["problems"][2]["target"], "chain:001");
}
