#pragma once
// Dual control of administration: while two or more administrators are active, a change one
// of them enters (staff, branches, policy, stock) waits here until another approves it; the
// same enter -> approve shape as a customer's procedure. With one administrator (a first
// installation) changes take effect at once and are listed here as such.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

struct AdminStatus {
    std::int64_t active_admins = 0;
    bool dual_control = false;  // two or more active administrators
};

class AdminService {
  public:
    explicit AdminService(Context ctx) : ctx_(ctx) {}

    // Any signed-in staff: every screen says whether changes need a second administrator.
    AdminStatus status();
    // Admin only: the pending changes, oldest first.
    Outcome<std::vector<AdminChange>> pending(const Actor& actor);
    // Admin only: the latest changes in any state, newest first.
    Outcome<std::vector<AdminChange>> history(const Actor& actor, std::size_t limit);
    Outcome<AdminChange> show(const Actor& actor, std::int64_t id);
    // Another active administrator than the maker (the maker alone once fewer than two
    // administrators are active): the change's rules are checked again against what the
    // database holds now, and it takes effect in the same transaction.
    Outcome<AdminChange> approve(const Actor& actor, std::int64_t id);
    // Any active administrator, the maker included (a withdrawal); a reason is required.
    // Nothing of the change takes effect; an import's pending devices are removed.
    Outcome<AdminChange> reject(const Actor& actor, std::int64_t id, const std::string& reason);

  private:
    Context ctx_;
};

}  // namespace td::core
