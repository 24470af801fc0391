#pragma once
// What a manager sees before approving (検印): the maker's entry, the customer's state now, and
// what has changed since the entry was made — the things a stale entry would hide (a token
// revoked in the meantime, the user unlocked online, another procedure approved).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "td/core/application_service.h"
#include "td/core/customer_service.h"

namespace td::core {

enum class EntryChange {
    token_issued,         // a token of this login ID was issued after the entry
    token_activated,      // … set up in the app after the entry
    token_ended,          // … revoked, stopped or voided after the entry (`token_state`)
    application_entered,  // another procedure for this login ID was entered after it
    application_decided,  // another procedure was approved, rejected or cancelled after it
    no_longer_locked,     // unlock: the user is no longer locked
    no_live_token,        // revoke: there is no issued or active token left to revoke
    live_token_exists,    // new token: the login ID already holds an issued or active one
    reissue_not_yet,      // new token: a revoke still holds it back until `at`
};

struct EntryChangeItem {
    EntryChange what;
    std::optional<TimePoint> at;
    std::int64_t ref = 0;  // the token or application concerned
    std::optional<TokenState> token_state;
    std::optional<ApplicationKind> application_kind;
    std::optional<ApplicationState> application_state;
};

struct ApplicationReview {
    ApplicationView entry;
    UserView now;
    std::vector<EntryChangeItem> changes;  // oldest first; state mismatches last
};

// Pure: compares an entry with the user's state now.
std::vector<EntryChangeItem> changes_since_entry(const Application& entry, const UserView& now);

// Reads both sides for `actor` (the same rights as showing the application) and compares.
Outcome<ApplicationReview> review_application(Context ctx, const Actor& actor,
                                              std::int64_t application_id);

}  // namespace td::core
