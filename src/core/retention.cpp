#include "retention.h"

#include <algorithm>

namespace td::core::detail {

std::vector<PurgeCandidate> purge_candidates(Transaction& tx, TimePoint before) {
    std::vector<PurgeCandidate> out;
    for (const auto& contract : tx.contracts().closed_before(before)) {
        PurgeCandidate c{contract.number, contract.branch_code, *contract.closed_at, {}, 0, 0, 0};
        bool all_ended = true;
        for (const auto& user : tx.users().by_contract(contract.number)) {
            ++c.users;
            for (const auto& t : tx.tokens().for_user(user.login_id)) {
                ++c.tokens;
                // A token ends by revoke, stop or void; one still running keeps the customer.
                if (!t.ended_at || *t.ended_at >= before) all_ended = false;
                if (t.ended_at)
                    c.last_token_end =
                        c.last_token_end ? std::max(*c.last_token_end, *t.ended_at) : *t.ended_at;
            }
            c.applications += static_cast<std::int64_t>(
                tx.applications().list(ApplicationFilter::for_user(user.login_id)).size());
        }
        if (all_ended) out.push_back(c);
    }
    return out;
}

void purge_contract(Transaction& tx, const std::string& contract_number, TimePoint now) {
    auto contract = tx.contracts().find(contract_number);
    if (!contract) throw Fault("purge of a missing contract " + contract_number);
    for (std::string* field : {&contract->company_name, &contract->company_kana,
                               &contract->representative_title, &contract->representative_name,
                               &contract->postal_code, &contract->address, &contract->phone})
        field->clear();
    contract->purged_at = now;
    tx.contracts().update(*contract);
    for (auto user : tx.users().by_contract(contract_number)) {
        user.name.clear();
        user.mobile_email.clear();
        tx.users().update(user);
        for (auto token : tx.tokens().for_user(user.login_id)) {
            if (token.mobile_email.empty()) continue;
            token.mobile_email.clear();
            tx.tokens().update(token);
        }
        for (auto app : tx.applications().list(ApplicationFilter::for_user(user.login_id))) {
            app.form.visitor_name.clear();
            app.form.memo.clear();
            app.details.clear();
            for (auto& change : app.contract_changes) {
                change.before.clear();
                change.after.clear();
            }
            tx.applications().update(app);
        }
        tx.mail_outbox().forget_for(user.login_id);
    }
}

}  // namespace td::core::detail
