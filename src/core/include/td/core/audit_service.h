#pragma once
#include <optional>
#include <string>
#include <vector>

#include "td/core/audit_trail.h"
#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

// Why a check that is not intact failed, as a refusal: anchor_not_found (naming the anchor:
// mistyped, or the newest events were deleted) or audit_chain_broken (with the reason).
Refusal chain_refusal(const ChainCheck& check, const std::optional<std::string>& anchor);

class AuditService {
  public:
    explicit AuditService(Context ctx) : ctx_(ctx) {}

    // Checks every chain; with an anchor, also that the anchored head is still present. An
    // anchor that is not hexadecimal digits (spaces around it and upper case are forgiven) is
    // refused as anchor_format: a typo, not evidence of tampering.
    Outcome<ChainCheck> verify(const std::optional<std::string>& anchor);
    // Who looked at a customer (a contract number): every recorded read that showed it, and
    // every refused attempt, oldest first. For managers of the customer's home branch and
    // administrators; the answer is itself recorded against the customer.
    Outcome<std::vector<AuditEvent>> reads_of(const Actor& actor,
                                              const std::string& contract_number);

  private:
    Context ctx_;
};

}  // namespace td::core
