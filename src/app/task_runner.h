#pragma once
// Runs database and PDF work off the UI thread: one worker, one queue, so core's store is only
// ever used by one thread at a time. Results come back on the UI thread (CallAfter), and only
// to a window that still exists. Work closures must not capture or touch wx objects.
#include <wx/timer.h>
#include <wx/weakref.h>
#include <wx/window.h>

#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace td::app {

// Told when work has been running long enough to show the user (see TaskRunner::kBusyDelay).
class BusyIndicator {
  public:
    virtual ~BusyIndicator() = default;
    virtual void busy_started() = 0;
    virtual void busy_ended() = 0;
};

class TaskRunner {
  public:
    // Shorter work would only make the indicator flicker.
    static constexpr int kBusyDelayMs = 200;

    TaskRunner();
    ~TaskRunner();  // finishes the running job, drops queued ones, delivers nothing more
    TaskRunner(const TaskRunner&) = delete;
    TaskRunner& operator=(const TaskRunner&) = delete;

    // The indicator shown while work runs; nullptr falls back to the busy cursor.
    void set_busy_indicator(BusyIndicator* indicator) { busy_ = indicator; }

    // Runs `work` on the worker; `done` gets its result on the UI thread if `owner` is still
    // alive (a null owner: always). A throwing `work` (a core::Fault) reaches `failed` instead,
    // or an error box when `failed` is empty.
    template <class R>
    void run(wxWindow* owner, std::function<R()> work, std::function<void(R&)> done,
             std::function<void(const std::string&)> failed = {}) {
        auto slot = std::make_shared<std::optional<R>>();
        submit(
            owner, [slot, work = std::move(work)] { slot->emplace(work()); },
            [slot, done = std::move(done)] { done(**slot); }, std::move(failed));
    }

    // Jobs queued or running whose result has not been delivered yet.
    int pending() const;

  private:
  public:
    struct Shared;  // public so the worker's deliveries can name it; defined in the .cpp

  private:
    static void deliver(const std::shared_ptr<Shared>& s, std::uint64_t id,
                        std::exception_ptr error);
    void submit(wxWindow* owner, std::function<void()> work, std::function<void()> deliver,
                std::function<void(const std::string&)> failed);
    void on_busy_timer();
    void update_busy(bool busy);

    std::shared_ptr<Shared> shared_;
    wxTimer busy_timer_;
    BusyIndicator* busy_ = nullptr;
    bool showing_busy_ = false;
};

}  // namespace td::app
