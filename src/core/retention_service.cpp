#include "td/core/retention_service.h"

#include "admin_change_step.h"
#include "retention.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

constexpr const char* kTarget = "retention";

TimePoint start_of(std::chrono::year_month_day day) {
    return from_japan({int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())), 0, 0,
                       0});
}

// Today `years` years ago in Japan; 29 February becomes the 28th in a common year.
std::chrono::year_month_day years_before(std::chrono::year_month_day today, int years) {
    std::chrono::year_month_day then{today.year() - std::chrono::years{years}, today.month(),
                                     today.day()};
    if (!then.ok())
        then = std::chrono::year_month_day_last{then.year(),
                                                std::chrono::month_day_last{then.month()}};
    return then;
}

}  // namespace

Outcome<PurgePlan> RetentionService::checked_plan(Transaction& tx, const std::string& before) {
    if (auto bad = check_date("before", before)) return *bad;
    const auto day = *parse_date(before);
    const Policy policy = detail::load_policy(tx);
    const auto latest = years_before(japan_date(ctx_.clock.now()), policy.retention_years);
    if (std::chrono::sys_days{day} > std::chrono::sys_days{latest})
        return refuse("retention_period", "before")
            .with("latest", format_date(latest))
            .with("years", std::to_string(policy.retention_years));
    PurgePlan plan{format_date(day), format_date(latest), {}};
    plan.contracts = detail::purge_candidates(tx, start_of(day));
    return plan;
}

Outcome<PurgePlan> RetentionService::plan(const Actor& actor, const std::string& before) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    std::optional<Outcome<PurgePlan>> out;
    ctx_.store.read([&](Transaction& tx) {
        if (auto bad = detail::require_active_admin(tx, actor))
            out.emplace(*bad);
        else
            out.emplace(checked_plan(tx, before));
    });
    return std::move(*out);
}

Outcome<AdminChange> RetentionService::purge(const Actor& actor, const std::string& before) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    return detail::run_change_step(ctx_.store, kTarget, [&](Transaction& tx) -> Outcome<AdminChange> {
        if (auto bad = detail::require_active_admin(tx, actor)) return *bad;
        auto plan = checked_plan(tx, before);
        if (!plan) return plan.refusal();
        return detail::enter_change(
            ctx_, tx, actor.staff_id,
            {AdminChangeKind::retention_purge, kTarget,
             "before=" + plan.value().before +
                 " contracts=" + std::to_string(plan.value().contracts.size()),
             {{"before", plan.value().before}}});
    });
}

namespace detail {

Check check_retention_change(Transaction& tx, const Fields& f) {
    const auto& before = field_of(f, "before");
    if (auto bad = check_date("before", before)) return bad;
    if (purge_candidates(tx, start_of(*parse_date(before))).empty())
        return refuse("nothing_to_purge", "before").with("before", before);
    return std::nullopt;
}

void apply_retention_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f) {
    const auto& before = field_of(f, "before");
    const TimePoint now = ctx.clock.now();
    const auto candidates = purge_candidates(tx, start_of(*parse_date(before)));
    for (const auto& candidate : candidates) {
        purge_contract(tx, candidate.contract_number, now);
        // Identifiers only: the event says whose data went, never what it was.
        audit(ctx, tx, candidate.branch_code, c.maker_id, "customer_data_purged",
              "contract:" + candidate.contract_number,
              "before=" + before + " users=" + std::to_string(candidate.users) + " " +
                  change_note(c));
    }
    audit(ctx, tx, kSystemChain, c.maker_id, "retention_purged", kTarget,
          "before=" + before + " contracts=" + std::to_string(candidates.size()) + " " +
              change_note(c));
}

}  // namespace detail
}  // namespace td::core
