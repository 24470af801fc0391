#include "td/core/time.h"

#include <cstdio>

namespace td::core {

using namespace std::chrono;

JapanDateTime to_japan(TimePoint t) {
    const auto local = t + kJapanOffset;
    const auto day = floor<days>(local);
    const year_month_day ymd{day};
    const hh_mm_ss hms{local - day};
    return {int(ymd.year()),          int(unsigned(ymd.month())), int(unsigned(ymd.day())),
            int(hms.hours().count()), int(hms.minutes().count()), int(hms.seconds().count())};
}

TimePoint from_japan(const JapanDateTime& j) {
    const sys_days day{year{j.year} / month{unsigned(j.month)} / unsigned(j.day)};
    return TimePoint{day.time_since_epoch()} + hours{j.hour} + minutes{j.minute} +
           seconds{j.second} - kJapanOffset;
}

static std::string format_fields(const JapanDateTime& f, const char* suffix) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", f.year, f.month, f.day,
                  f.hour, f.minute, f.second, suffix);
    return buf;
}

std::string format_japan_iso(TimePoint t) {
    return format_fields(to_japan(t), "+09:00");
}

std::string format_utc_iso(TimePoint t) {
    return format_fields(to_japan(t - kJapanOffset), "Z");
}

std::optional<TimePoint> parse_iso(const std::string& text) {
    int y, mo, d, h, mi, s, consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s,
                    &consumed) != 6)
        return std::nullopt;
    const year_month_day ymd{year{y} / month{unsigned(mo)} / unsigned(d)};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 59 || h < 0 || mi < 0 || s < 0) return std::nullopt;
    const std::string zone = text.substr(size_t(consumed));
    seconds offset{0};
    if (zone == "Z" || zone == "+00:00") {
        offset = seconds{0};
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        int oh = 0, om = 0;
        if (std::sscanf(zone.c_str() + 1, "%2d:%2d", &oh, &om) != 2) return std::nullopt;
        offset = seconds{(oh * 3600 + om * 60) * (zone[0] == '-' ? -1 : 1)};
    } else {
        return std::nullopt;
    }
    const TimePoint local{sys_days{ymd}.time_since_epoch() + hours{h} + minutes{mi} + seconds{s}};
    return local - offset;
}

std::optional<year_month_day> parse_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const year_month_day ymd{year{std::stoi(text.substr(0, 4))} /
                             month{unsigned(std::stoi(text.substr(5, 2)))} /
                             unsigned(std::stoi(text.substr(8, 2)))};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::string format_date(year_month_day d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
                  unsigned(d.day()));
    return buf;
}

year_month_day japan_date(TimePoint t) {
    return year_month_day{floor<days>(t + kJapanOffset)};
}

}  // namespace td::core
