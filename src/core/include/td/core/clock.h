#pragma once
// The one source of "now" (rule 13). Tests inject a ManualClock; the system clock is the default.
#include "td/core/time.h"

namespace td::core {

class Clock {
  public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
  public:
    TimePoint now() const override;
};

// A clock that only moves when told; for tests and for test builds of the programs.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(TimePoint start) : now_(start) {}
    TimePoint now() const override { return now_; }
    void set(TimePoint t) { now_ = t; }
    void advance(std::chrono::seconds by) { now_ += by; }

  private:
    TimePoint now_;
};

}  // namespace td::core
