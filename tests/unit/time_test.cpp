#include "td/core/time.h"

#include <gtest/gtest.h>

using namespace td::core;

TEST(Time, JapanIsNineHoursAheadOfUtc) {
    const TimePoint t = *parse_iso("2026-11-26T11:50:00Z");
    EXPECT_EQ(format_japan_iso(t), "2026-11-26T20:50:00+09:00");
    EXPECT_EQ(format_utc_iso(t), "2026-11-26T11:50:00Z");
}

TEST(Time, JapanDateRollsOverAtJapanMidnight) {
    const TimePoint t = *parse_iso("2026-11-26T15:00:00Z");  // 00:00 on the 27th in Japan
    EXPECT_EQ(format_date(japan_date(t)), "2026-11-27");
}

TEST(Time, ParsesOffsets) {
    EXPECT_EQ(parse_iso("2026-11-26T20:50:00+09:00"), parse_iso("2026-11-26T11:50:00Z"));
    EXPECT_FALSE(parse_iso("2026-11-26 20:50"));
    EXPECT_FALSE(parse_iso("2026-02-30T00:00:00Z"));
}

TEST(Time, ParsesDatesStrictly) {
    EXPECT_TRUE(parse_date("2026-11-26"));
    EXPECT_FALSE(parse_date("2026-11-31"));
    EXPECT_FALSE(parse_date("2026/11/26"));
    EXPECT_FALSE(parse_date("２０２６-11-26"));
}

TEST(Time, RoundTripsThroughJapanFields) {
    const TimePoint t = *parse_iso("2026-01-01T00:00:00+09:00");
    const auto j = to_japan(t);
    EXPECT_EQ(j.year, 2026);
    EXPECT_EQ(j.hour, 0);
    EXPECT_EQ(from_japan(j), t);
}
