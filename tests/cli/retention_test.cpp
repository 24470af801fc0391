// A contract's close and the retention purge through tokendesk-cli: the refusals a script
// sees, the dry run, the purge under one and under two administrators, and the audit trail
// intact afterwards.
#include "cli_runner.h"

using namespace td::test;

namespace {

class RetentionCliTest : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
    }
    std::string code(const CliResult& r) { return r.json()["error"].value("code", "ok"); }
    std::string entered_and_approved(std::vector<std::string> entry) {
        auto in = as("teller1", std::move(entry));
        EXPECT_EQ(in.exit_code, 0) << in.out << in.err;
        const auto id = std::to_string(in.json().value("application_id", 0));
        auto ok = as("manager1", {"approve", id});
        EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
        return id;
    }
    // master1's token revoked, then contract 1000001 closed, on 2026-11-26.
    void close_contract() {
        issue_software_token("master1");
        entered_and_approved({"apply", "revoke", "master1", "--reason", "lost", "--seal-checked",
                              "--identity-checked", "--visitor", "桜井 太郎", "--visitor-role",
                              "principal"});
        entered_and_approved({"contract", "close", "1000001", "--seal-checked",
                              "--identity-checked", "--visitor", "桜井 太郎", "--visitor-role",
                              "principal"});
    }
};

TEST_F(RetentionCliTest, AContractWithALiveTokenIsNotClosedAndAClosedOneTakesNoProcedure) {
    issue_software_token("master1");
    auto refused = as("teller1", {"contract", "close", "1000001"});
    EXPECT_EQ(code(refused), "contract_has_live_token");
    EXPECT_EQ(refused.json()["error"]["login_id"], "master1");
    entered_and_approved({"apply", "revoke", "master1", "--reason", "lost"});
    entered_and_approved({"contract", "close", "1000001"});
    auto after = as("teller1", {"apply", "software-token", "gen1", "--start-password", "2580"});
    EXPECT_EQ(code(after), "contract_closed");
    EXPECT_EQ(after.json()["error"]["closed_at"], "2026-11-26T10:00:00+09:00");
}

TEST_F(RetentionCliTest, TheDryRunListsAndThePurgeRemovesOnlyPersonalData) {
    close_contract();
    auto early = as("admin", {"retention", "purge", "--before", "2026-11-27", "--dry-run"});
    EXPECT_EQ(code(early), "retention_period");
    EXPECT_EQ(early.json()["error"]["latest"], "2016-11-26");

    set_now("2037-01-05T10:00:00+09:00");
    auto dry = as("admin", {"retention", "purge", "--before", "2027-01-01", "--dry-run"});
    ASSERT_EQ(dry.exit_code, 0) << dry.out << dry.err;
    EXPECT_EQ(dry.json()["dry_run"], true);
    EXPECT_EQ(dry.json()["latest_allowed"], "2027-01-05");
    ASSERT_EQ(dry.json()["contracts"].size(), 1u);
    EXPECT_EQ(dry.json()["contracts"][0]["contract_number"], "1000001");
    EXPECT_EQ(dry.json()["contracts"][0]["users"], 2);
    EXPECT_EQ(as("admin", {"user", "show", "master1"}).json()["name"], "桜井 太郎")
        << "a dry run changes nothing";

    auto purge = as("admin", {"retention", "purge", "--before", "2027-01-01"});
    ASSERT_EQ(purge.exit_code, 0) << purge.out << purge.err;
    EXPECT_EQ(purge.json()["change"]["in_effect"], true);
    const auto user = as("admin", {"user", "show", "master1"}).json();
    EXPECT_EQ(user["name"], "");
    EXPECT_EQ(user["mobile_email"], "");
    EXPECT_EQ(user["contract_number"], "1000001");
    auto verify = cli({"audit", "verify"});
    ASSERT_EQ(verify.exit_code, 0) << verify.out;
    EXPECT_EQ(verify.json()["intact"], true);
    EXPECT_EQ(code(as("admin", {"retention", "purge", "--before", "2027-01-01"})),
              "nothing_to_purge");
}

TEST_F(RetentionCliTest, UnderTwoAdministratorsThePurgeWaitsForTheOther) {
    close_contract();
    ASSERT_EQ(add_staff("admin", "admin2", {"--name", "管理 二郎", "--branch", "001", "--role",
                                            "admin"})
                  .exit_code,
              0);
    set_now("2037-01-05T10:00:00+09:00");
    auto purge = as("admin", {"retention", "purge", "--before", "2027-01-01"});
    ASSERT_EQ(purge.exit_code, 0) << purge.out;
    EXPECT_EQ(purge.json()["change"]["state"], "pending");
    EXPECT_EQ(as("admin", {"user", "show", "master1"}).json()["name"], "桜井 太郎");
    const auto id = std::to_string(purge.json()["change"]["change_id"].get<long long>());
    auto ok = as("admin2", {"admin", "approve", id});
    ASSERT_EQ(ok.exit_code, 0) << ok.out;
    EXPECT_EQ(as("admin", {"user", "show", "master1"}).json()["name"], "");
}

}  // namespace
