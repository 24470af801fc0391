#pragma once
#include <optional>
#include <string>
#include <vector>

#include "td/core/audit_trail.h"
#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

class AuditService {
  public:
    explicit AuditService(Context ctx) : ctx_(ctx) {}

    // Checks every chain; with an anchor, also that the anchored head is still present.
    ChainCheck verify(const std::optional<std::string>& anchor);
    // Who looked at a customer (a contract number): every recorded read that showed it, and
    // every refused attempt, oldest first. For managers of the customer's home branch and
    // administrators; the answer is itself recorded against the customer.
    Outcome<std::vector<AuditEvent>> reads_of(const Actor& actor,
                                              const std::string& contract_number);

  private:
    Context ctx_;
};

}  // namespace td::core
