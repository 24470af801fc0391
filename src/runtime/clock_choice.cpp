// make_clock, compiled apart (CMake: td_clock, td_shipped_clock) so that a test build's own
// programs may let tests pin "now" while the programs an installer ships, built in the same
// tree, have no such door.
#include <string>

#include "td/core/clock.h"
#include "td/core/outcome.h"
#include "td/core/time.h"
#include "td/platform/places.h"
#include "td/runtime/runtime.h"
#include "td/store/server_clock.h"

namespace td::runtime {

std::unique_ptr<core::Clock> make_clock(const std::string& database_url) {
#ifdef TD_TEST_CLOCK
    // Test builds only: tests and screenshots pin "now". Release builds have no such door.
    if (auto now = platform::environment("TOKENDESK_TEST_NOW")) {
        const auto t = core::parse_iso(*now);
        if (!t) throw core::Fault("TOKENDESK_TEST_NOW is not an ISO 8601 instant");
        return std::make_unique<core::ManualClock>(*t);
    }
#endif
    if (auto server = store::open_server_clock(database_url)) return server;
    return std::make_unique<core::SystemClock>();
}

}  // namespace td::runtime
