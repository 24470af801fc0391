#include "td/core/application_review.h"

#include <algorithm>

namespace td::core {
namespace {

bool is_live(TokenState s) {
    return s == TokenState::issued || s == TokenState::active;
}

void timed_changes(const Application& entry, const UserView& now,
                   std::vector<EntryChangeItem>& out) {
    const TimePoint since = entry.entered_at;
    const bool issues_token = entry.kind == ApplicationKind::software_token ||
                              entry.kind == ApplicationKind::hardware_token;
    for (const Token& t : now.tokens) {
        // The token a new-token application issued is its effect, not a change; for the other
        // kinds token_id is the token they act on, whose changes are the point.
        if (issues_token && t.id == entry.token_id) continue;
        if (t.issued_at > since)
            out.push_back({EntryChange::token_issued, t.issued_at, t.id, t.state, {}, {}});
        if (t.activated_at && *t.activated_at > since)
            out.push_back({EntryChange::token_activated, t.activated_at, t.id, t.state, {}, {}});
        if (t.ended_at && *t.ended_at > since)
            out.push_back({EntryChange::token_ended, t.ended_at, t.id, t.state, {}, {}});
    }
    for (const Application& a : now.applications) {
        if (a.id == entry.id) continue;
        if (a.entered_at > since)
            out.push_back(
                {EntryChange::application_entered, a.entered_at, a.id, {}, a.kind, a.state});
        if (a.decided_at && *a.decided_at > since)
            out.push_back(
                {EntryChange::application_decided, a.decided_at, a.id, {}, a.kind, a.state});
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const EntryChangeItem& x, const EntryChangeItem& y) { return x.at < y.at; });
}

// What the procedure takes for granted that is no longer so (approval would be refused).
void assumption_changes(const Application& entry, const UserView& now,
                        std::vector<EntryChangeItem>& out) {
    if (entry.state != ApplicationState::entered) return;
    const bool live = std::any_of(now.tokens.begin(), now.tokens.end(),
                                  [](const Token& t) { return is_live(t.state); });
    switch (entry.kind) {
        case ApplicationKind::unlock:
            if (now.user.otp_state != OtpState::locked)
                out.push_back({EntryChange::no_longer_locked, {}, 0, {}, {}, {}});
            break;
        case ApplicationKind::revoke:
            if (!live) out.push_back({EntryChange::no_live_token, {}, 0, {}, {}, {}});
            break;
        case ApplicationKind::software_token:
        case ApplicationKind::hardware_token:
            for (const Token& t : now.tokens)
                if (is_live(t.state))
                    out.push_back({EntryChange::live_token_exists, {}, t.id, t.state, {}, {}});
            if (now.earliest_issue_at)
                out.push_back({EntryChange::reissue_not_yet, now.earliest_issue_at, 0, {}, {}, {}});
            break;
        case ApplicationKind::misuse_report:
            break;  // the token was stopped at entry: nothing it relies on can go stale
        case ApplicationKind::contract_update:
        case ApplicationKind::contract_close:
            break;  // the page shows each field before and after; approval checks it again
    }
}

}  // namespace

std::vector<EntryChangeItem> changes_since_entry(const Application& entry, const UserView& now) {
    std::vector<EntryChangeItem> out;
    timed_changes(entry, now, out);
    assumption_changes(entry, now, out);
    return out;
}

Outcome<ApplicationReview> review_application(Context ctx, const Actor& actor,
                                              std::int64_t application_id) {
    auto entry = ApplicationService(ctx).show(actor, application_id);
    if (!entry) return entry.refusal();
    auto now = CustomerService(ctx).show_user(actor, entry.value().application.login_id);
    if (!now) return now.refusal();
    ApplicationReview review{std::move(entry.value()), std::move(now.value()), {}};
    review.changes = changes_since_entry(review.entry.application, review.now);
    return review;
}

}  // namespace td::core
