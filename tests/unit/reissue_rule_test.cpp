// DOMAIN.md rule 11 and its examples.
#include "td/core/reissue_rule.h"

#include <gtest/gtest.h>

using namespace td::core;

namespace {

TimePoint jst(int d, int h, int m, int s = 0) {
    return from_japan({2026, 11, d, h, m, s});
}

TEST(ReissueRule, BeforeNightWindowWaitsThirtyMinutes) {
    EXPECT_EQ(earliest_reissue(jst(26, 20, 49, 59)), jst(26, 21, 19, 59));
}

TEST(ReissueRule, AtNightStartWaitsForNextMorning) {
    EXPECT_EQ(earliest_reissue(jst(26, 20, 50, 0)), jst(27, 8, 10, 0));
}

TEST(ReissueRule, LateNightWaitsForNextMorning) {
    EXPECT_EQ(earliest_reissue(jst(26, 23, 59, 59)), jst(27, 8, 10, 0));
}

TEST(ReissueRule, EarlyMorningWaitsForSameMorning) {
    EXPECT_EQ(earliest_reissue(jst(27, 7, 0, 0)), jst(27, 8, 10, 0));
}

TEST(ReissueRule, JustBeforeMorningOpenTakesTheLaterOfBoth) {
    EXPECT_EQ(earliest_reissue(jst(27, 8, 9, 59)), jst(27, 8, 39, 59));
}

TEST(ReissueRule, AtMorningOpenWaitsThirtyMinutes) {
    EXPECT_EQ(earliest_reissue(jst(27, 8, 10, 0)), jst(27, 8, 40, 0));
}

TEST(ReissueRule, MidnightCountsAsNight) {
    EXPECT_EQ(earliest_reissue(jst(27, 0, 0, 0)), jst(27, 8, 10, 0));
}

TEST(ReissueRule, DaytimeWaitsThirtyMinutes) {
    EXPECT_EQ(earliest_reissue(jst(26, 12, 0, 0)), jst(26, 12, 30, 0));
}

}  // namespace
