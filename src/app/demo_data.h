#pragma once
// The demo branch of `tokendesk --demo`: the same branch, staff, customer and first
// application as `tokendesk-cli demo`, entered through the same core services.
#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::app {

// On an empty database only (refused with demo_needs_empty_database otherwise).
core::Outcome<core::Done> fill_demo(core::Context ctx);

}  // namespace td::app
