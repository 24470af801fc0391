#pragma once
#include <string>

#include "td/core/context.h"
#include "td/core/policy.h"

namespace td::core {

class PolicyService {
  public:
    explicit PolicyService(Context ctx) : ctx_(ctx) {}

    // Writes the default of every key not yet stored (db init); idempotent.
    void ensure_defaults();
    Policy current();
    // Admin only; an administrative change (AdminService): in effect at once under a single
    // administrator, otherwise once another approves it.
    Outcome<AdminChange> set(const Actor& actor, const std::string& key, const std::string& value);

  private:
    Context ctx_;
};

}  // namespace td::core
