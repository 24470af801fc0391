#pragma once
// Retention: the personal data of customers whose contracts ended, and whose tokens ended,
// before a date is removed; what happened (which procedure, when, by whom, outcome) stays for
// statistics and the audit trail. The date may be no later than the policy's retention_years
// before today (Japan time). The real purge is an administrative change (dual control).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

// One contract whose personal data a purge removes.
struct PurgeCandidate {
    std::string contract_number;
    std::string branch_code;
    TimePoint closed_at;
    std::optional<TimePoint> last_token_end;  // none: the contract never held a token
    std::int64_t users = 0;
    std::int64_t tokens = 0;
    std::int64_t applications = 0;
};

struct PurgePlan {
    std::string before;           // YYYY-MM-DD, Japan time
    std::string latest_allowed;   // the latest date the policy allows today
    std::vector<PurgeCandidate> contracts;
};

class RetentionService {
  public:
    explicit RetentionService(Context ctx) : ctx_(ctx) {}

    // Admin only; changes nothing: what a purge before `before` would remove now (the dry run).
    Outcome<PurgePlan> plan(const Actor& actor, const std::string& before);
    // Admin only: enters the purge (retention_purge), in effect at once under a single
    // administrator, otherwise once another approves it; then the plan is made again against
    // the database as it is at approval.
    Outcome<AdminChange> purge(const Actor& actor, const std::string& before);

  private:
    Outcome<PurgePlan> checked_plan(Transaction& tx, const std::string& before);
    Context ctx_;
};

}  // namespace td::core
