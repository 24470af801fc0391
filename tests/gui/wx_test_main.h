#pragma once
// gtest's main inside a wxApp (no main loop: tests pump events through gui_pump.h), shared by
// the desktop's window tests and the task runner's own.
#include <functional>

namespace td::app {

// Runs every test after `on_init` (called once the app is initialised); 2 when wx cannot start
// (no display).
int run_wx_tests(int argc, char** argv, const std::function<void()>& on_init = {});

}  // namespace td::app
