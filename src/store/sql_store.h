#pragma once
// core::Store over one SOCI connection.
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "db.h"
#include "policy_cache.h"
#include "td/core/key_check.h"
#include "td/core/repositories.h"
#include "td/store/migration.h"

namespace td::store {

class SqlStore final : public core::Store {
  public:
    // Connects and applies the dialect's per-connection settings; throws core::Fault.
    SqlStore(const Dialect& dialect, const std::string& connect_string);

    // See store::migrate: steps the database lacks, and `key` where none is recorded.
    void migrate(const std::vector<Migration>& migrations,
                 const std::vector<core::KeyCheck>& ring);
    // Read without a write lock, so that opening an up-to-date database never waits for
    // another program's write.
    int schema_version();
    std::vector<core::KeyCheck> recorded_keys();

    // One connection carries one transaction at a time: calls from several threads queue.
    void run(const std::function<bool(core::Transaction&)>& step) override;
    void read(const std::function<void(core::Transaction&)>& step) override;

    // Tests: how long the policy read by a step is kept for later steps (the dialect says).
    void set_policy_max_age(std::chrono::steady_clock::duration max_age);

  private:
    void transact(const std::function<bool(core::Transaction&)>& step, bool write);
    // After a failed step: if the connection is gone (server restarted, connection cut),
    // open it again, so the next step works without restarting the program.
    void reconnect_if_lost();
    bool alive();

    soci::session sql_;
    Db db_;
    PolicyCache policy_cache_;
    bool suspect_ = false;  // the last step ended in a database error
    std::mutex mutex_;
    // The thread inside run(), to refuse a nested run() instead of deadlocking.
    std::atomic<std::thread::id> running_on_{};
};

}  // namespace td::store
