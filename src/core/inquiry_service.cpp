#include "td/core/inquiry_service.h"

#include <algorithm>
#include <set>

#include "customer_reads.h"
#include "step.h"
#include "td/core/document_model.h"
#include "td/core/kana.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

std::string ascii_lower(std::string text) {
    for (char& ch : text)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return text;
}

// What the audit trail keeps of a search: an identifier (contract number, login ID) as typed;
// anything else, a name or kana, only as "name:" and its length. An audit event carries no
// personal data, so the retention purge never has to touch the chains (docs/operations.md).
std::string recorded_query(const std::string& prefix) {
    const bool identifier = std::all_of(prefix.begin(), prefix.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '-' || c == '_' || c == '.' || c == '@';
    });
    return identifier ? prefix : "name:" + std::to_string(count_code_points(prefix));
}

}  // namespace

Outcome<std::vector<SearchHit>> InquiryService::search(const Actor& actor,
                                                       const std::string& prefix) {
    if (auto bad = check_text("query", prefix, kMaxNameChars)) return *bad;
    // ｻｸﾗ, サクラ and さくら all find サクラ; ＳＡＫＵＲＡ and Sakura find sakura01.
    std::vector<std::string> queries{ascii_lower(fold_width(prefix))};
    if (const std::string kana = ascii_lower(normalize_kana(prefix)); kana != queries.front())
        queries.push_back(kana);
    return detail::run_step<std::vector<SearchHit>>(
        ctx_.store, [&](Transaction& tx) -> Outcome<std::vector<SearchHit>> {
            const Policy policy = detail::load_policy(tx);
            std::vector<SearchHit> hits;
            std::vector<std::string> shown;
            std::set<std::string> seen;
            // Other branches' customers only for the roles the policy lets see them.
            std::optional<std::string> only_branch;
            if (!may_read_other_branches(policy, actor.role)) only_branch = actor.branch_code;
            for (const auto& query : queries)
                for (auto& c : tx.contracts().search(query, kSearchLimit, only_branch))
                    if (hits.size() < kSearchLimit && seen.insert(c.number).second) {
                        shown.push_back(c.number);
                        hits.push_back({c, tx.users().by_contract(c.number)});
                    }
            detail::record_customer_read(ctx_, tx, actor, "customers_searched", "search",
                                         recorded_query(prefix), shown);
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
        std::vector<std::string> shown;
        for (const auto* list : {&out.today, &out.awaiting_approval, &out.unprinted_notices})
            for (const auto& app : *list) shown.push_back(app.contract_number);
        for (const auto& user : out.locked_masters) shown.push_back(user.contract_number);
        detail::record_customer_read(ctx_, tx, actor, "branch_summary_viewed",
                                     "branch:" + actor.branch_code, {}, std::move(shown));
        return true;
    });
    return out;
}

}  // namespace td::core
