// The audit chain catches edits, deletions and reordering made directly in the SQLite file.

#include <sqlite3.h>

#include "cli_runner.h"

using namespace td::test;

namespace {

class AuditTamper : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
        issue_software_token("master1");
        auto v = cli({"audit", "verify"});
        ASSERT_EQ(v.exit_code, 0) << v.out;
        ASSERT_EQ(v.json()["intact"], true);
        anchor = v.json()["chains"]["001"]["head"];
    }
    std::filesystem::path db() const { return dir / "td.db"; }
    std::string anchor;
};

}  // namespace

TEST_F(AuditTamper, EditedEventIsFound) {
    exec_sql(db(), "UPDATE audit_events SET actor='someone-else' WHERE chain='001' AND seq=3");
    auto v = cli({"audit", "verify"});
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_EQ(v.json()["intact"], false);
    EXPECT_EQ(v.json()["broken_event"]["chain"], "001");
    EXPECT_EQ(v.json()["broken_event"]["seq"], 3);
}

TEST_F(AuditTamper, DeletedEventIsFound) {
    exec_sql(db(), "DELETE FROM audit_events WHERE chain='001' AND seq=4");
    auto v = cli({"audit", "verify"});
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_EQ(v.json()["broken_event"]["seq"], 5);
}

TEST_F(AuditTamper, ReorderedEventsAreFound) {
    exec_sql(db(),
             "UPDATE audit_events SET seq=-1 WHERE chain='001' AND seq=3;"
             "UPDATE audit_events SET seq=3 WHERE chain='001' AND seq=4;"
             "UPDATE audit_events SET seq=4 WHERE chain='001' AND seq=-1;");
    auto v = cli({"audit", "verify"});
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_EQ(v.json()["intact"], false);
}

TEST_F(AuditTamper, DeletingTheNewestEventsIsFoundWithAnAnchor) {
    exec_sql(db(),
             "DELETE FROM audit_events WHERE chain='001' AND seq=(SELECT MAX(seq) FROM "
             "audit_events WHERE chain='001')");
    EXPECT_EQ(cli({"audit", "verify", "--anchor", anchor}).exit_code, 1);
    EXPECT_EQ(cli({"audit", "verify", "--anchor", anchor}).json()["broken_event"]["reason"],
              "anchor_not_found");
}

TEST_F(AuditTamper, IntactChainKeepsItsAnchor) {
    EXPECT_EQ(as("teller1", {"user", "show", "gen1"}).exit_code, 0);
    auto v = cli({"audit", "verify", "--anchor", anchor});
    EXPECT_EQ(v.exit_code, 0) << v.out;
}

TEST_F(AuditTamper, LookupsAreRecorded) {
    as("manager1", {"user", "show", "gen1"});
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db().string().c_str(), &h), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(
        h,
        "SELECT COUNT(*) FROM audit_events WHERE action='user_viewed' AND actor='manager1' AND "
        "target='user:gen1'",
        -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(h);
}
