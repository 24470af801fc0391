#pragma once
// The database check (db check): the invariants the services keep step by step, verified over
// the whole database at once, e.g. after a restore, a manual repair or a suspected bug.
#include <cstdint>
#include <string>
#include <vector>

#include "td/core/audit_trail.h"
#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

struct IntegrityProblem {
    // token_without_application, token_application_mismatch, two_live_software_tokens,
    // approved_without_effect, misuse_report_token_not_stopped, audit_chain_broken,
    // seed_unreadable (a sealed seed this key ring does not open)
    std::string code;
    std::string target;  // "token:12", "application:5", "user:yamada01", "chain:001"
    std::string detail;  // plain facts; never a secret
};

struct IntegrityReport {
    std::vector<IntegrityProblem> problems;
    std::int64_t tokens_checked = 0;
    std::int64_t applications_checked = 0;
    std::int64_t seeds_checked = 0;
    ChainCheck audit;
    bool clean() const { return problems.empty(); }
};

class IntegrityService {
  public:
    explicit IntegrityService(Context ctx) : ctx_(ctx) {}

    // Admin only. Reads everything in one transaction, so the report is one consistent view.
    Outcome<IntegrityReport> check(const Actor& actor);

  private:
    void seeds_open(Transaction& tx, IntegrityReport& out);
    Context ctx_;
};

}  // namespace td::core
