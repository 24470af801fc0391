#pragma once
// Dates as Japanese letters write them: 和暦 (令和８年１１月２６日) by default, 西暦 by setting,
// and the English form for English documents.
#include <chrono>
#include <string>

#include "td/core/messages.h"
#include "td/core/time.h"

namespace td::core {

enum class DateStyle { wareki, seireki };

// "令和８年１１月２６日" (full-width digits; 元年 for an era's first year).
std::string format_wareki(std::chrono::year_month_day d);
// "2026年11月26日"
std::string format_seireki(std::chrono::year_month_day d);
// "26 November 2026"
std::string format_english_date(std::chrono::year_month_day d);

// A letter's date in the document's language and the branch's style.
std::string letter_date(std::chrono::year_month_day d, Language lang, DateStyle style);
// A letter's date and time of day in Japan time: "令和８年１１月２７日 ８時１０分" / "8:10 on 27
// November 2026".
std::string letter_date_time(TimePoint t, Language lang, DateStyle style);

// ASCII digits to full-width (０-９); other characters unchanged.
std::string to_full_width_digits(const std::string& ascii);

}  // namespace td::core
