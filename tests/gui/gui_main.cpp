// gtest's main for the desktop's windows: a wxApp with the forms loaded, no main loop; the tests
// pump events themselves.
#include "forms.h"
#include "wx_test_main.h"

int main(int argc, char** argv) {
    return td::app::run_wx_tests(argc, argv, [] { td::app::load_forms(); });
}
