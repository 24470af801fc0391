// make_clock and test_fast_password_hashing, compiled apart (CMake: td_clock,
// td_shipped_clock) so that a test build's own programs may let tests pin "now" and use cheap
// staff-password hashes, while the programs an installer ships, built in the same tree, have
// no such door.
#include <optional>
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

bool test_fast_password_hashing() {
#ifdef TD_TEST_CLOCK
    // A CLI test runs dozens of programs, each signing in: at the production cost (and under
    // AddressSanitizer) that is most of the suite's time. The hash records its parameters, so
    // a hash made either way verifies either way.
    return platform::environment("TOKENDESK_TEST_FAST_HASHING") == std::optional<std::string>("1");
#else
    return false;
#endif
}

std::optional<int> test_die_in_batch() {
#ifdef TD_TEST_CLOCK
    const auto value = platform::environment("TOKENDESK_TEST_DIE_IN_BATCH");
    if (!value || value->empty() || value->size() > 6 ||
        value->find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(*value);
#else
    return std::nullopt;
#endif
}

}  // namespace td::runtime
