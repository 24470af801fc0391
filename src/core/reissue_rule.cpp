#include "td/core/reissue_rule.h"

#include <algorithm>

namespace td::core {

TimePoint earliest_reissue(TimePoint revoked_at) {
    using namespace std::chrono;
    const TimePoint after_cooldown = revoked_at + minutes{30};
    const JapanDateTime j = to_japan(revoked_at);
    const int minute_of_day = j.hour * 60 + j.minute;
    constexpr int kNightStart = 20 * 60 + 50;
    constexpr int kMorningOpen = 8 * 60 + 10;
    if (minute_of_day >= kNightStart || minute_of_day < kMorningOpen) {
        JapanDateTime open{j.year, j.month, j.day, 8, 10, 0};
        TimePoint next_open = from_japan(open);
        if (minute_of_day >= kNightStart) next_open += days{1};
        return std::max(after_cooldown, next_open);
    }
    return after_cooldown;
}

}  // namespace td::core
