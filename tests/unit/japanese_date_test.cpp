#include "td/core/japanese_date.h"

#include <gtest/gtest.h>

using namespace td::core;
using namespace std::chrono;

TEST(JapaneseDate, ReiwaWithFullWidthDigits) {
    EXPECT_EQ(format_wareki(year{2026} / November / 26), "令和８年１１月２６日");
}

TEST(JapaneseDate, FirstYearOfAnEraIsGannen) {
    EXPECT_EQ(format_wareki(year{2019} / May / 1), "令和元年５月１日");
    EXPECT_EQ(format_wareki(year{2019} / April / 30), "平成３１年４月３０日");
    EXPECT_EQ(format_wareki(year{1989} / January / 8), "平成元年１月８日");
    EXPECT_EQ(format_wareki(year{1989} / January / 7), "昭和６４年１月７日");
}

TEST(JapaneseDate, SeirekiAndEnglish) {
    EXPECT_EQ(format_seireki(year{2026} / November / 26), "2026年11月26日");
    EXPECT_EQ(format_english_date(year{2026} / November / 26), "26 November 2026");
    EXPECT_EQ(letter_date(year{2026} / November / 26, Language::ja, DateStyle::seireki),
              "2026年11月26日");
    EXPECT_EQ(letter_date(year{2026} / November / 26, Language::en, DateStyle::wareki),
              "26 November 2026");
}

TEST(JapaneseDate, DateAndTimeInJapanTime) {
    const TimePoint t = *parse_iso("2026-11-26T23:10:00Z");  // 08:10 on the 27th in Japan
    EXPECT_EQ(letter_date_time(t, Language::ja, DateStyle::wareki),
              "令和８年１１月２７日 ８時１０分");
    EXPECT_EQ(letter_date_time(t, Language::ja, DateStyle::seireki), "2026年11月27日 8時10分");
    EXPECT_EQ(letter_date_time(t, Language::en, DateStyle::wareki),
              "8:10 on 27 November 2026 (Japan time)");
}
