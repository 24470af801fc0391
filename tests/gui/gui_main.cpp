// gtest's main with a wxApp set up for tests: no main loop, events are pumped by the tests.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/init.h>

#include <chrono>
#include <thread>

#include "forms.h"
#include "gui_pump.h"

namespace td::app {

bool pump_until(const std::function<bool()>& done, int limit_ms) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(limit_ms);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
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

namespace {

class TestApp : public wxApp {
  public:
    bool OnInit() override {
        td::app::load_forms();
        return true;
    }
};

}  // namespace

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    // ctest lists the tests at build time, where there may be no display.
    if (GTEST_FLAG_GET(list_tests)) return RUN_ALL_TESTS();
    wxApp::SetInstance(new TestApp);
    if (!wxEntryStart(argc, argv)) return 2;
    int rc = 1;
    if (wxTheApp->CallOnInit()) rc = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return rc;
}
