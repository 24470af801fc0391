// Lets queued wx events run until a condition holds (gui_pump.h).
#include "gui_pump.h"

#include <wx/app.h>

#include <chrono>
#include <thread>

namespace td::app {

bool pump_until(const std::function<bool()>& done, int limit_ms) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(limit_ms);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        // Idle time, as a main loop gives it: windows lay themselves out there (a list learns
        // how many rows it shows, without which it ignores Enter and the arrow keys).
        wxTheApp->ProcessIdle();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

void settle() {
    // Deferred deletions happen in ProcessPendingEvents; a destructor may queue more.
    pump_until([] { return wxPendingDelete.IsEmpty(); }, 5000);
    wxTheApp->ProcessPendingEvents();
}

}  // namespace td::app
