#include "td/core/clock.h"

namespace td::core {

TimePoint SystemClock::now() const {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace td::core
