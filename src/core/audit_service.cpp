#include "td/core/audit_service.h"

namespace td::core {

ChainCheck AuditService::verify(const std::optional<std::string>& anchor) {
    ChainCheck result;
    ctx_.store.run([&](Transaction& tx) {
        result = verify_chains(tx, ctx_.crypto.audit_mac, anchor);
        return false;
    });
    return result;
}

}  // namespace td::core
