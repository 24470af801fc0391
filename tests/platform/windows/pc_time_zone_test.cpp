// Japan time whatever zone the PC is set to, by Windows' own zone name: the Windows stage runs
// its suites on a PC set to "Pacific Standard Time" (TD_EXPECT_PC_ZONE), where the C library's
// local time and Windows' clock both disagree with Japan's, and core still reads every instant
// as Japan time.
#include <gtest/gtest.h>
#include <windows.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include "td/core/time.h"

namespace {

std::string utf8(const wchar_t* text) {
    const int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    std::string out(n > 0 ? n - 1 : 0, '\0');
    if (n > 1) WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), n, nullptr, nullptr);
    return out;
}

TEST(PcTimeZone, JapanTimeIsReadTheSameOnAPcSetToAnotherZone) {
    const char* expected = std::getenv("TD_EXPECT_PC_ZONE");
    if (!expected) GTEST_SKIP() << "TD_EXPECT_PC_ZONE names the zone the test command set";
    DYNAMIC_TIME_ZONE_INFORMATION zone{};
    ASSERT_NE(GetDynamicTimeZoneInformation(&zone), TIME_ZONE_ID_INVALID);
    EXPECT_EQ(utf8(zone.TimeZoneKeyName), expected);

    // 2026-11-26 20:50 in Japan is 03:50 the same morning on the PC's Pacific clock...
    const auto instant = *td::core::parse_iso("2026-11-26T11:50:00Z");
    const std::time_t t = instant.time_since_epoch().count();
    const std::tm* local = std::localtime(&t);
    ASSERT_NE(local, nullptr);
    EXPECT_NE(local->tm_hour, 20);
    // ...and core reads it as 20:50 in Japan all the same.
    const auto japan = td::core::to_japan(instant);
    EXPECT_EQ(japan.hour, 20);
    EXPECT_EQ(japan.minute, 50);
    EXPECT_EQ(td::core::format_japan_iso(instant), "2026-11-26T20:50:00+09:00");
}

}  // namespace
