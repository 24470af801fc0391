#pragma once
// Entities as the JSON of the CLI contract (snake_case keys and values, Japan-time instants).
#include "output.h"
#include "td/core/application_service.h"
#include "td/core/customer_service.h"
#include "td/core/entities.h"
#include "td/core/policy.h"

namespace td::cli {

Json time_json(const std::optional<core::TimePoint>& t);
Json token_json(const core::Token& t);
Json device_json(const core::Device& d);
// A contract update's fields: [{"field", "before", "after"}].
Json changes_json(const core::Application& a);
Json application_json(const core::Application& a, const std::optional<core::Token>& token);
Json user_json(const core::User& u);
Json user_view_json(const core::UserView& v);
Json contract_json(const core::Contract& c);
Json policy_json(const core::Policy& p);
// in_effect: approved (at once under a single administrator, or by a second one).
Json admin_change_json(const core::AdminChange& c);

}  // namespace td::cli
