// The monthly report in core: what a month counts (entries, decisions, time to approval, locks
// and unlocks, key fobs, tokens in use at the month's end), who may ask for which branch, and
// how it is worded for a spreadsheet and for the PDF.
#include "td/core/monthly_report.h"

#include <gtest/gtest.h>

#include "desk_fixture.h"

namespace td::test {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

class MonthlyReportTest : public DeskTest {
  protected:
    MonthlyReportService reports{ctx};

    // Entered now, approved `wait` later.
    void issue_after(const std::string& login, minutes wait) {
        auto in = applications.apply_software_token(teller, {login, "1234", false, {}});
        ASSERT_TRUE(in) << in.refusal().code;
        clock.advance(wait);
        ASSERT_TRUE(applications.approve(manager, in.value().application.id));
    }

    const ProcedureFigures& procedure(const BranchMonth& b, ApplicationKind kind) {
        for (const auto& p : b.procedures)
            if (p.kind == kind) return p;
        throw std::logic_error("no such procedure");
    }

    BranchMonth november(const Actor& who = Actor{}) {
        auto r = reports.monthly(who.staff_id.empty() ? admin : who, "2026-11", std::string("001"));
        EXPECT_TRUE(r) << r.refusal().code;
        return r.value().branches.at(0);
    }
};

TEST(Percentile, IsTheNearestRank) {
    std::vector<seconds> v{seconds(50), seconds(10), seconds(40), seconds(20), seconds(30)};
    EXPECT_EQ(percentile(v, 50), seconds(30));
    EXPECT_EQ(percentile(v, 90), seconds(50));
    EXPECT_EQ(percentile({seconds(7)}, 90), seconds(7));
    EXPECT_EQ(percentile({}, 50), std::nullopt);
    std::vector<seconds> ten;
    for (int i = 1; i <= 10; ++i) ten.push_back(seconds(i));
    EXPECT_EQ(percentile(ten, 90), seconds(9));
    EXPECT_EQ(percentile(ten, 50), seconds(5));
}

TEST(ParseMonth, TakesYearDashMonthOnly) {
    EXPECT_EQ(parse_month("2026-11"), (std::pair{2026, 11}));
    for (const char* bad : {"2026-13", "2026-00", "2026/11", "26-11", "2026-1", "２０２６-11", ""})
        EXPECT_FALSE(parse_month(bad)) << bad;
}

TEST_F(MonthlyReportTest, CountsEntriesDecisionsAndTimeToApproval) {
    issue_after("master1", minutes(10));
    issue_after("gen1", minutes(30));
    add_user("gen2", "general", "gen2@ezweb.ne.jp");
    add_user("gen3", "general", "gen3@ezweb.ne.jp");
    auto rejected = applications.apply_software_token(teller, {"gen2", "1234", false, {}});
    ASSERT_TRUE(applications.reject(manager, rejected.value().application.id, "書類不備"));
    auto cancelled = applications.apply_software_token(teller, {"gen3", "1234", false, {}});
    ASSERT_TRUE(applications.cancel(teller, cancelled.value().application.id));
    // Entered in November, still waiting: entered, not decided.
    auto revoke = applications.apply_revoke(teller, {"master1", "lost", {}});
    ASSERT_TRUE(revoke) << revoke.refusal().code;

    const auto b = november();
    const auto& software = procedure(b, ApplicationKind::software_token);
    EXPECT_EQ(software.entered, 4);
    EXPECT_EQ(software.approved, 2);
    EXPECT_EQ(software.rejected, 1);
    EXPECT_EQ(software.cancelled, 1);
    EXPECT_EQ(software.median_to_approval, minutes(10));
    EXPECT_EQ(software.p90_to_approval, minutes(30));
    const auto& revokes = procedure(b, ApplicationKind::revoke);
    EXPECT_EQ(revokes.entered, 1);
    EXPECT_EQ(revokes.approved, 0);
    EXPECT_FALSE(revokes.median_to_approval);
    EXPECT_EQ(b.software_in_use, 2);
    EXPECT_EQ(b.branch.name, "本店");
}

TEST_F(MonthlyReportTest, TheMonthIsJapansAndAnApprovalCountsInTheMonthItWasMade) {
    // Entered 2026-11-30 23:50 Japan time, approved 20 minutes later: in December.
    clock.set(japan(2026, 11, 30, 23, 50));
    issue_after("master1", minutes(20));
    clock.set(japan(2027, 1, 5, 9, 0));
    const auto nov = november();
    EXPECT_EQ(procedure(nov, ApplicationKind::software_token).entered, 1);
    EXPECT_EQ(procedure(nov, ApplicationKind::software_token).approved, 0);
    EXPECT_EQ(nov.software_in_use, 0);  // issued on December 1st, Japan time
    const auto dec = reports.monthly(admin, "2026-12", std::string("001")).value().branches.at(0);
    EXPECT_EQ(procedure(dec, ApplicationKind::software_token).entered, 0);
    EXPECT_EQ(procedure(dec, ApplicationKind::software_token).approved, 1);
    EXPECT_EQ(dec.software_in_use, 1);
}

TEST_F(MonthlyReportTest, LocksUnlocksMisuseReportsAndTokensInUse) {
    const auto seed = active_token("master1");
    for (int i = 0; i < 5; ++i) (void)tokens.verify_otp("master1", "000000");
    ASSERT_EQ(user("master1").otp_state, OtpState::locked);
    auto unlock = applications.apply_unlock(teller, {"master1", {}});
    ASSERT_TRUE(applications.approve(manager, unlock.value().application.id));
    issue_token("gen1");
    ASSERT_TRUE(applications.apply_misuse_report(teller, {"gen1", "紛失した端末から", {}}));

    const auto b = november();
    EXPECT_EQ(b.locks, 1);
    EXPECT_EQ(b.unlocks, 1);
    EXPECT_EQ(b.misuse_reports, 1);
    EXPECT_EQ(b.software_in_use, 1);  // gen1's was stopped by the misuse report
}

TEST_F(MonthlyReportTest, AManagerSeesTheirOwnBranchAndHeadquartersAll) {
    issue_token("master1");
    auto own = reports.monthly(manager, "2026-11", std::nullopt);
    ASSERT_TRUE(own);
    ASSERT_EQ(own.value().branches.size(), 1u);
    EXPECT_EQ(own.value().branches[0].branch.code, "001");
    EXPECT_EQ(reports.monthly(other_branch_manager, "2026-11", std::string("001")).refusal().code,
              "wrong_branch");
    EXPECT_EQ(reports.monthly(teller, "2026-11", std::nullopt).refusal().code, "role_not_allowed");
    auto all = reports.monthly(admin, "2026-11", std::nullopt);
    ASSERT_TRUE(all);
    EXPECT_EQ(all.value().branches.size(), 2u);  // 001 and 002
}

TEST_F(MonthlyReportTest, ABadOrFutureMonthIsRefused) {
    EXPECT_EQ(reports.monthly(admin, "2026/11", std::nullopt).refusal().code, "report_month_format");
    EXPECT_EQ(reports.monthly(admin, "2026-12", std::nullopt).refusal().code, "report_month_future");
    EXPECT_EQ(reports.monthly(admin, "2026-11", std::string("999")).refusal().code, "unknown_branch");
}

TEST_F(MonthlyReportTest, MakingAReportIsInTheAuditTrail) {
    ASSERT_TRUE(reports.monthly(manager, "2026-11", std::nullopt));
    const auto& chain = store.state().audit.at("001");
    EXPECT_EQ(chain.back().action, "monthly_report_made");
    EXPECT_EQ(chain.back().target, "month:2026-11");
    EXPECT_EQ(chain.back().actor, "manager");
}

TEST_F(MonthlyReportTest, TheRowsAreOneFigureEachUnderJapaneseHeadings) {
    issue_after("master1", minutes(12));
    const auto report = reports.monthly(admin, "2026-11", std::string("001")).value();
    const auto rows = monthly_report_rows(report, Language::ja);
    EXPECT_EQ(rows.at(0), (std::vector<std::string>{"対象月", "店番", "店名", "区分", "項目", "値"}));
    EXPECT_EQ(rows.at(1), (std::vector<std::string>{"2026-11", "001", "本店",
                                                    "ソフトウェアトークンの発行", "受付", "1"}));
    const auto median = std::find_if(rows.begin(), rows.end(), [](const auto& r) {
        return r[3] == "ソフトウェアトークンの発行" && r[4].find("中央値") != std::string::npos;
    });
    ASSERT_NE(median, rows.end());
    EXPECT_EQ((*median)[5], "12.0");
    for (const auto& r : rows) EXPECT_EQ(r.size(), 6u);
    const auto docs = monthly_report_documents(report, Language::ja);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].template_name, kMonthlyReport);
    EXPECT_EQ(docs[0].tables.at("procedures").size(), 7u);  // one row per procedure
    EXPECT_EQ(docs[0].tables.at("procedures")[0].at("median"), "12.0");
    EXPECT_EQ(docs[0].tables.at("figures").size(), 8u);
}

}  // namespace
}  // namespace td::test
