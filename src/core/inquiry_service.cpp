#include "td/core/inquiry_service.h"

#include "step.h"
#include "td/core/document_model.h"
#include "td/core/validation.h"

namespace td::core {

Outcome<std::vector<SearchHit>> InquiryService::search(const Actor& actor,
                                                       const std::string& prefix) {
    if (auto bad = check_text("query", prefix, kMaxNameChars)) return *bad;
    return detail::run_step<std::vector<SearchHit>>(
        ctx_.store, [&](Transaction& tx) -> Outcome<std::vector<SearchHit>> {
            std::vector<SearchHit> hits;
            for (auto& c : tx.contracts().search(prefix, kSearchLimit))
                hits.push_back({c, tx.users().by_contract(c.number)});
            detail::audit(ctx_, tx, actor.branch_code, actor.staff_id, "customers_searched",
                          "search", "hits=" + std::to_string(hits.size()));
            return hits;
        });
}

Outcome<HomeSummary> InquiryService::home(const Actor& actor) {
    HomeSummary out;
    ctx_.store.run([&](Transaction& tx) {
        const auto day = japan_date(ctx_.clock.now());
        const TimePoint start = from_japan(
            {int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())), 0, 0, 0});
        ApplicationFilter today;
        today.branch_code = actor.branch_code;
        today.active_from = start;
        today.active_until = start + std::chrono::days{1};
        out.today = tx.applications().list(today);
        ApplicationFilter waiting;
        waiting.branch_code = actor.branch_code;
        waiting.state = ApplicationState::entered;
        out.awaiting_approval = tx.applications().list(waiting);
        out.locked_masters = tx.users().locked_masters(actor.branch_code);
        ApplicationFilter unprinted;
        unprinted.branch_code = actor.branch_code;
        unprinted.state = ApplicationState::approved;
        unprinted.not_printed_as = kCompletionNotice;
        out.unprinted_notices = tx.applications().list(unprinted);
        return false;
    });
    return out;
}

}  // namespace td::core
