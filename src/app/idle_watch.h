#pragma once
// Locks the screen after the keyboard and mouse have been idle for some minutes: a counter PC
// is left alone while the teller walks to the vault. Activity is noted by DeskApp::FilterEvent.
#include <wx/timer.h>

#include <chrono>
#include <functional>

namespace td::app {

class IdleWatch {
  public:
    IdleWatch(int minutes, std::function<void()> on_idle);
    // Any key or mouse event anywhere in the program.
    static void note_activity();
    void pause() { timer_.Stop(); }
    void resume();

  private:
    std::chrono::minutes limit_;
    std::function<void()> on_idle_;
    wxTimer timer_;
};

}  // namespace td::app
