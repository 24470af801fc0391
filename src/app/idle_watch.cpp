#include "idle_watch.h"

namespace td::app {
namespace {

// UI thread only. Real elapsed time on purpose: idleness is about the person, not the
// business clock (which tests may pin).
std::chrono::steady_clock::time_point g_last_activity = std::chrono::steady_clock::now();

}  // namespace

IdleWatch::IdleWatch(int minutes, std::function<void()> on_idle)
    : limit_(minutes), on_idle_(std::move(on_idle)) {
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (std::chrono::steady_clock::now() - g_last_activity >= limit_) {
            pause();
            on_idle_();
        }
    });
    resume();
}

void IdleWatch::note_activity() {
    g_last_activity = std::chrono::steady_clock::now();
}

void IdleWatch::resume() {
    note_activity();
    if (limit_.count() > 0) timer_.Start(5000);
}

}  // namespace td::app
