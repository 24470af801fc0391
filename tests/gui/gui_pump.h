#pragma once
// Lets queued wx events (CallAfter deliveries, timers, GTK) run until a condition holds.
#include <functional>

namespace td::app {

// False when `done` is still false after `limit_ms` of real time: only a hang guard, the tests'
// outcomes never depend on time.
bool pump_until(const std::function<bool()>& done, int limit_ms = 20000);

// Runs events until every window given to Destroy() is really gone. A test's fixture (the
// session, the task runner, the database) must outlive the windows that use it.
void settle();

}  // namespace td::app
