// The task runner's tests need a wx app but none of the desktop's windows or forms: built on
// their own, so the thread-sanitizer build compiles only the runner.
#include "wx_test_main.h"

int main(int argc, char** argv) {
    return td::app::run_wx_tests(argc, argv);
}
