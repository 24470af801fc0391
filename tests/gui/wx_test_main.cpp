#include "wx_test_main.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/init.h>

namespace td::app {
namespace {

class TestApp : public wxApp {
  public:
    explicit TestApp(std::function<void()> on_init) : on_init_(std::move(on_init)) {}
    bool OnInit() override {
        if (on_init_) on_init_();
        return true;
    }

  private:
    std::function<void()> on_init_;
};

}  // namespace

int run_wx_tests(int argc, char** argv, const std::function<void()>& on_init) {
    testing::InitGoogleTest(&argc, argv);
    // ctest lists the tests at build time, where there may be no display.
    if (GTEST_FLAG_GET(list_tests)) return RUN_ALL_TESTS();
    wxApp::SetInstance(new TestApp(on_init));
    if (!wxEntryStart(argc, argv)) return 2;
    int rc = 1;
    if (wxTheApp->CallOnInit()) rc = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return rc;
}

}  // namespace td::app
