#pragma once
#include <optional>
#include <string>

#include "td/core/audit_trail.h"
#include "td/core/context.h"

namespace td::core {

class AuditService {
  public:
    explicit AuditService(Context ctx) : ctx_(ctx) {}

    // Checks every chain; with an anchor, also that the anchored head is still present.
    ChainCheck verify(const std::optional<std::string>& anchor);

  private:
    Context ctx_;
};

}  // namespace td::core
