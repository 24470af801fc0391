// Dual control of administration through tokendesk-cli: a second administrator turns it on,
// changes then wait in `admin pending` until another administrator approves or rejects them.
#include "cli_runner.h"

using namespace td::test;

namespace {

class AdminCliTest : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
    }

    void add_second_admin() {
        auto r = add_staff("admin", "admin2",
                           {"--name", "管理 二郎", "--branch", "001", "--role", "admin"});
        ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
        EXPECT_EQ(r.json()["change"]["in_effect"], true);
        EXPECT_EQ(r.json()["change"]["checker"], "");
    }
};

TEST_F(AdminCliTest, WithOneAdministratorChangesTakeEffectAtOnceAndPendingSaysSo) {
    auto set = as("admin", {"policy", "set", "lock_threshold", "7"});
    ASSERT_EQ(set.exit_code, 0) << set.out << set.err;
    EXPECT_EQ(set.json()["policy"]["lock_threshold"], 7);
    EXPECT_EQ(set.json()["change"]["state"], "approved");
    auto pending = as("admin", {"admin", "pending"});
    ASSERT_EQ(pending.exit_code, 0) << pending.err;
    EXPECT_EQ(pending.json()["administration"]["dual_control"], false);
    EXPECT_EQ(pending.json()["administration"]["active_admins"], 1);
    EXPECT_TRUE(pending.json()["changes"].empty());
}

TEST_F(AdminCliTest, ASecondAdministratorApprovesWhatTheFirstEntered) {
    add_second_admin();
    auto set = as("admin", {"policy", "set", "lock_threshold", "7"});
    ASSERT_EQ(set.exit_code, 0) << set.out << set.err;
    EXPECT_EQ(set.json()["change"]["state"], "pending");
    EXPECT_EQ(set.json()["change"]["in_effect"], false);
    EXPECT_NE(set.json()["policy"]["lock_threshold"], 7) << "not in effect before approval";
    const auto id = std::to_string(set.json()["change"]["change_id"].get<long long>());

    auto pending = as("admin2", {"admin", "pending"});
    ASSERT_EQ(pending.exit_code, 0) << pending.err;
    EXPECT_EQ(pending.json()["administration"]["dual_control"], true);
    ASSERT_EQ(pending.json()["changes"].size(), 1u);
    EXPECT_EQ(pending.json()["changes"][0]["maker"], "admin");
    EXPECT_EQ(pending.json()["changes"][0]["target"], "policy:lock_threshold");
    EXPECT_EQ(pending.json()["changes"][0]["summary"], "lock_threshold=7");

    auto own = as("admin", {"admin", "approve", id});
    EXPECT_EQ(own.exit_code, 1);
    EXPECT_EQ(own.json()["error"]["code"], "maker_is_checker_admin");
    EXPECT_EQ(as("manager1", {"admin", "approve", id}).json()["error"]["code"], "role_not_allowed");

    auto ok = as("admin2", {"admin", "approve", id});
    ASSERT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    EXPECT_EQ(ok.json()["state"], "approved");
    EXPECT_EQ(ok.json()["checker"], "admin2");
    EXPECT_EQ(as("admin", {"policy", "show"}).json()["policy"]["lock_threshold"], 7);
    EXPECT_EQ(as("admin2", {"admin", "approve", id}).json()["error"]["code"], "admin_change_decided");
}

TEST_F(AdminCliTest, StaffChangesWaitAndARejectionNeedsAReason) {
    add_second_admin();
    auto add = add_staff("admin", "teller2",
                         {"--name", "窓口 二子", "--branch", "001", "--role", "teller"});
    ASSERT_EQ(add.exit_code, 0) << add.out << add.err;
    EXPECT_EQ(add.json()["change"]["state"], "pending");
    EXPECT_NE(as("teller2", {"policy", "show"}).exit_code, 0) << "no sign-in before approval";
    const auto id = std::to_string(add.json()["change"]["change_id"].get<long long>());
    EXPECT_EQ(as("admin2", {"admin", "reject", id}).exit_code, 2) << "--reason is required";
    auto no = as("admin2", {"admin", "reject", id, "--reason", "辞令前"});
    ASSERT_EQ(no.exit_code, 0) << no.out << no.err;
    EXPECT_EQ(no.json()["state"], "rejected");
    EXPECT_EQ(no.json()["reason"], "辞令前");

    auto role = as("admin2", {"staff", "set-role", "teller1", "--role", "manager"});
    ASSERT_EQ(role.exit_code, 0) << role.out << role.err;
    auto off = as("admin", {"staff", "disable", "manager2"});
    ASSERT_EQ(off.exit_code, 0) << off.out << off.err;
    for (const auto& r : {role, off})
        ASSERT_EQ(as("admin", {"admin", "approve",
                               std::to_string(r.json()["change"]["change_id"].get<long long>())})
                          .exit_code +
                      as("admin2", {"admin", "approve",
                                    std::to_string(r.json()["change"]["change_id"].get<long long>())})
                          .exit_code,
                  1)
            << "exactly one of the two may approve: the one who did not enter it";
    auto list = as("admin", {"staff", "list"});
    ASSERT_EQ(list.exit_code, 0) << list.err;
    const auto staff = list.json()["staff"];  // kept: a loop over a temporary's member dangles
    for (const auto& s : staff) {
        if (s["staff_id"] == "teller1") {
            EXPECT_EQ(s["role"], "manager");
        }
        if (s["staff_id"] == "manager2") {
            EXPECT_EQ(s["disabled"], true);
        }
        EXPECT_FALSE(s.contains("password_hash"));
    }
    auto refused = as("manager2", {"policy", "show"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_EQ(refused.json()["error"]["code"], "staff_disabled");

    auto history = as("admin", {"admin", "history", "--limit", "3"});
    ASSERT_EQ(history.exit_code, 0) << history.err;
    EXPECT_EQ(history.json()["changes"].size(), 3u);
}

TEST_F(AdminCliTest, TheLastAdministratorCannotDisableThemselves) {
    auto r = as("admin", {"staff", "disable", "admin"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.json()["error"]["code"], "own_account");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("your own account"), std::string::npos)
        << r.out;
}

}  // namespace
