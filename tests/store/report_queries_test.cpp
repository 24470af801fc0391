// What the monthly report and the journal read, on every backend: every branch in code order,
// and audit events of some actions counted or listed over chains and a time range (start
// included, end excluded).
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class ReportQueriesTest : public StoreTest {};
TD_STORE_TEST_SUITE(ReportQueriesTest);

TEST_P(ReportQueriesTest, EveryBranchInCodeOrder) {
    commit([](core::Transaction& tx) {
        tx.branches().insert(sample_branch("010"));
        tx.branches().insert(sample_branch("002"));
        tx.branches().insert(sample_branch("001"));
    });
    const auto all = read([](core::Transaction& tx) { return tx.branches().all(); });
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].code, "001");
    EXPECT_EQ(all[2].code, "010");
    EXPECT_EQ(all[1].name, sample_branch("002").name);
}

TEST_P(ReportQueriesTest, ActionsAreCountedOverChainsAndATimeRange) {
    commit([](core::Transaction& tx) {
        for (const char* chain : {"001/otp1", "001/otp2", "002/otp1"})
            for (std::int64_t seq = 1; seq <= 4; ++seq) {
                auto e = sample_event(chain, seq);  // at kIssued + seq seconds
                e.action = seq % 2 ? "otp_locked" : "otp_refused";
                tx.audit().append(e);
            }
    });
    const auto count = [&](std::vector<std::string> chains, core::TimePoint from,
                           core::TimePoint until) {
        return read([&](core::Transaction& tx) {
            return tx.audit().count_actions(chains, "otp_locked", from, until);
        });
    };
    using std::chrono::seconds;
    EXPECT_EQ(count({"001/otp1", "001/otp2"}, kIssued, kLater), 4);
    EXPECT_EQ(count({"001/otp1", "001/otp2", "002/otp1"}, kIssued, kLater), 6);
    // seq 1 is at kIssued + 1 s, seq 3 at + 3 s: [+1 s, +3 s) holds seq 1 only.
    EXPECT_EQ(count({"001/otp1"}, kIssued + seconds(1), kIssued + seconds(3)), 1);
    EXPECT_EQ(count({"001/otp1"}, kIssued + seconds(1), kIssued + seconds(4)), 2);
    EXPECT_EQ(count({}, kIssued, kLater), 0);
    EXPECT_EQ(count({"003"}, kIssued, kLater), 0);
}

TEST_P(ReportQueriesTest, TheJournalsEventsOfSomeActionsOverChainsOldestFirst) {
    commit([](core::Transaction& tx) {
        for (const char* chain : {"002", "001", "003"})
            for (std::int64_t seq = 1; seq <= 4; ++seq) {
                auto e = sample_event(chain, seq);  // at kIssued + seq seconds
                e.action = seq == 1 ? "signed_in" : seq == 2 ? "sign_in_failed" : "otp_refused";
                tx.audit().append(e);
            }
    });
    const auto events = [&](std::vector<std::string> chains, core::TimePoint from) {
        return read([&](core::Transaction& tx) {
            return tx.audit().events_of(chains, {"signed_in", "sign_in_failed"}, from, kLater);
        });
    };
    const auto both = events({"001", "002"}, kIssued);
    ASSERT_EQ(both.size(), 4u);
    // By time, then chain: 001 before 002 at the same second.
    EXPECT_EQ(both[0].chain, "001");
    EXPECT_EQ(both[0].action, "signed_in");
    EXPECT_EQ(both[1].chain, "002");
    EXPECT_EQ(both[2].action, "sign_in_failed");
    EXPECT_EQ(fields(both[3]), fields([] {
                  auto e = sample_event("002", 2);
                  e.action = "sign_in_failed";
                  return e;
              }()));
    EXPECT_EQ(events({"001"}, kIssued + std::chrono::seconds(2)).size(), 1u)
        << "the start is included";
    EXPECT_TRUE(events({}, kIssued).empty());
    EXPECT_TRUE(read([&](core::Transaction& tx) {
                    return tx.audit().events_of({"001"}, {}, kIssued, kLater);
                }).empty());
}

}  // namespace
}  // namespace td::store::test
