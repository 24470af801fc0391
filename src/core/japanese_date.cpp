#include "td/core/japanese_date.h"

#include <array>

namespace td::core {
namespace {

using namespace std::chrono;

struct Era {
    const char* name;
    year_month_day first_day;
};

// Newest first. Meiji and Taishō are not needed for dates TokenDesk prints.
const std::array<Era, 3> kEras{{
    {"令和", year{2019} / May / 1},
    {"平成", year{1989} / January / 8},
    {"昭和", year{1926} / December / 25},
}};

}  // namespace

std::string to_full_width_digits(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            // U+FF10 + digit: EF BC 90..99
            out += "\xEF\xBC";
            out += char(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

std::string format_wareki(year_month_day d) {
    for (const auto& era : kEras) {
        if (d < era.first_day) continue;
        const int era_year = int(d.year()) - int(era.first_day.year()) + 1;
        const std::string y = era_year == 1 ? "元" : to_full_width_digits(std::to_string(era_year));
        return std::string(era.name) + y + "年" +
               to_full_width_digits(std::to_string(unsigned(d.month()))) + "月" +
               to_full_width_digits(std::to_string(unsigned(d.day()))) + "日";
    }
    return format_seireki(d);
}

std::string format_seireki(year_month_day d) {
    return std::to_string(int(d.year())) + "年" + std::to_string(unsigned(d.month())) + "月" +
           std::to_string(unsigned(d.day())) + "日";
}

std::string format_english_date(year_month_day d) {
    static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
    return std::to_string(unsigned(d.day())) + " " + kMonths[unsigned(d.month()) - 1] + " " +
           std::to_string(int(d.year()));
}

std::string letter_date(year_month_day d, Language lang, DateStyle style) {
    if (lang == Language::en) return format_english_date(d);
    return style == DateStyle::wareki ? format_wareki(d) : format_seireki(d);
}

std::string letter_date_time(TimePoint t, Language lang, DateStyle style) {
    const JapanDateTime j = to_japan(t);
    const auto d = japan_date(t);
    const std::string minute = (j.minute < 10 ? "0" : "") + std::to_string(j.minute);
    if (lang == Language::en)
        return std::to_string(j.hour) + ":" + minute + " on " + format_english_date(d) +
               " (Japan time)";
    const std::string hm = std::to_string(j.hour) + "時" + minute + "分";
    return letter_date(d, lang, style) + " " +
           (style == DateStyle::wareki ? to_full_width_digits(hm) : hm);
}

}  // namespace td::core
