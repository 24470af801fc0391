#pragma once
// Instants are UTC seconds; business rules read them as Japan time (rule 13).
#include <chrono>
#include <optional>
#include <string>

namespace td::core {

using TimePoint = std::chrono::sys_seconds;

// Japan has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact.
inline constexpr std::chrono::seconds kJapanOffset{9 * 3600};

struct JapanDateTime {
    int year, month, day, hour, minute, second;
};

JapanDateTime to_japan(TimePoint t);
TimePoint from_japan(const JapanDateTime& jst);

// "2026-11-26T20:50:00+09:00"
std::string format_japan_iso(TimePoint t);
// "2026-11-26T11:50:00Z"
std::string format_utc_iso(TimePoint t);
// Accepts "...Z" and "...+09:00" style ISO 8601 instants; nullopt when malformed.
std::optional<TimePoint> parse_iso(const std::string& text);
// "YYYY-MM-DD" as a calendar date; nullopt when malformed or not a real date.
std::optional<std::chrono::year_month_day> parse_date(const std::string& text);
std::string format_date(std::chrono::year_month_day d);
// The Japan calendar date of an instant.
std::chrono::year_month_day japan_date(TimePoint t);

}  // namespace td::core
