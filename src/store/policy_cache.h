#pragma once
// The policy as last read on one connection, so that each workflow step need not read it again.
// Policy changes are rare and made by an administrator: on a central database a change made on
// another PC reaches this one within `max_age`; a change made through this connection at once.
#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace td::store {

class PolicyCache {
  public:
    using Values = std::map<std::string, std::string>;
    using Clock = std::chrono::steady_clock;

    explicit PolicyCache(Clock::duration max_age) : max_age_(max_age) {}
    void set_max_age(Clock::duration max_age) {
        max_age_ = max_age;
        values_.reset();
    }

    // The kept values if young enough and nothing was written in the open transaction.
    const Values* fresh() const {
        if (written_ || !values_ || Clock::now() - read_at_ >= max_age_) return nullptr;
        return &*values_;
    }
    void keep(const Values& values) {
        // A read after a write sees that write, which the transaction may yet roll back.
        if (written_ || max_age_ <= Clock::duration::zero()) return;
        values_ = values;
        read_at_ = Clock::now();
    }
    void written() {
        written_ = true;
        values_.reset();
    }
    // Whether the transaction committed or not, the next read goes to the database.
    void transaction_ended() { written_ = false; }

  private:
    Clock::duration max_age_;
    std::optional<Values> values_;
    Clock::time_point read_at_{};
    bool written_ = false;
};

}  // namespace td::store
