#include "td/core/audit_service.h"

#include "customer_reads.h"
#include "step.h"
#include "td/core/validation.h"

namespace td::core {

ChainCheck AuditService::verify(const std::optional<std::string>& anchor) {
    ChainCheck result;
    ctx_.store.run([&](Transaction& tx) {
        result = verify_chains(tx, ctx_.crypto.audit_mac, anchor);
        return false;
    });
    return result;
}

Outcome<std::vector<AuditEvent>> AuditService::reads_of(const Actor& actor,
                                                        const std::string& contract_number) {
    if (auto bad = check_contract_number("contract_number", contract_number)) return *bad;
    if (actor.role == Role::teller)
        return refuse("role_not_allowed", "as").with("role", "manager|admin");
    return detail::run_step<std::vector<AuditEvent>>(
        ctx_.store, [&](Transaction& tx) -> Outcome<std::vector<AuditEvent>> {
            const auto contract = tx.contracts().find(contract_number);
            if (!contract) return refuse("unknown_contract", "contract_number");
            if (actor.role != Role::admin && actor.branch_code != contract->branch_code)
                return refuse("wrong_branch", "as").with("branch", contract->branch_code);
            auto events = tx.audit().events_about(contract_number);
            detail::record_customer_read(ctx_, tx, actor, "customer_reads_viewed",
                                         "contract:" + contract_number,
                                         "contract_number=" + contract_number, {contract_number});
            return events;
        });
}

}  // namespace td::core
