#include "task_runner.h"

#include <wx/app.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "wx_text.h"

namespace td::app {

// Everything the worker and the posted deliveries share. `waiting` is touched only on the UI
// thread: it holds the weak references, which are not thread-safe to copy.
struct TaskRunner::Shared {
    struct Job {
        std::uint64_t id;
        std::function<void()> work;
    };
    struct Waiting {
        bool has_owner = false;
        wxWeakRef<wxWindow> owner;
        std::function<void()> deliver;
        std::function<void(const std::string&)> failed;
    };

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> queue;
    bool stopping = false;
    std::thread worker;

    // UI thread only.
    std::map<std::uint64_t, Waiting> waiting;
    std::uint64_t next_id = 1;
    bool closed = false;
    TaskRunner* runner = nullptr;
};

namespace {

std::string describe(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "unknown error";
    }
}

}  // namespace

TaskRunner::TaskRunner() : shared_(std::make_shared<Shared>()) {
    shared_->runner = this;
    busy_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { on_busy_timer(); });
    // The worker holds only the shared state, never `this`.
    shared_->worker = std::thread([s = shared_] {
        for (;;) {
            Shared::Job job;
            {
                std::unique_lock lock(s->mutex);
                s->wake.wait(lock, [&] { return s->stopping || !s->queue.empty(); });
                if (s->stopping) return;
                job = std::move(s->queue.front());
                s->queue.pop_front();
            }
            std::exception_ptr error;
            try {
                job.work();
            } catch (...) {
                error = std::current_exception();
            }
            // Release what the closure captured here, before the UI thread sees the result.
            job.work = nullptr;
            if (wxTheApp) wxTheApp->CallAfter([s, id = job.id, error] { deliver(s, id, error); });
        }
    });
}

TaskRunner::~TaskRunner() {
    {
        std::lock_guard lock(shared_->mutex);
        shared_->stopping = true;
        shared_->queue.clear();
    }
    shared_->wake.notify_one();
    shared_->worker.join();
    shared_->closed = true;
    shared_->runner = nullptr;
    shared_->waiting.clear();
    if (showing_busy_) update_busy(false);
}

int TaskRunner::pending() const {
    return static_cast<int>(shared_->waiting.size());
}

void TaskRunner::submit(wxWindow* owner, std::function<void()> work,
                        std::function<void()> deliver_fn,
                        std::function<void(const std::string&)> failed) {
    const std::uint64_t id = shared_->next_id++;
    Shared::Waiting w;
    w.has_owner = owner != nullptr;
    w.owner = owner;
    w.deliver = std::move(deliver_fn);
    w.failed = std::move(failed);
    shared_->waiting.emplace(id, std::move(w));
    if (!busy_timer_.IsRunning() && !showing_busy_) busy_timer_.StartOnce(kBusyDelayMs);
    {
        std::lock_guard lock(shared_->mutex);
        shared_->queue.push_back({id, std::move(work)});
    }
    shared_->wake.notify_one();
}

void TaskRunner::on_busy_timer() {
    if (pending() > 0) update_busy(true);
}

void TaskRunner::update_busy(bool busy) {
    if (busy == showing_busy_) return;
    showing_busy_ = busy;
    if (busy_) {
        busy ? busy_->busy_started() : busy_->busy_ended();
    } else {
        busy ? wxBeginBusyCursor() : wxEndBusyCursor();
    }
}

void TaskRunner::deliver(const std::shared_ptr<Shared>& s, std::uint64_t id,
                         std::exception_ptr error) {
    if (s->closed) return;
    auto it = s->waiting.find(id);
    if (it == s->waiting.end()) return;
    auto w = std::move(it->second);
    s->waiting.erase(it);
    if (s->waiting.empty() && s->runner) {
        s->runner->busy_timer_.Stop();
        s->runner->update_busy(false);
    }
    const bool alive = !w.has_owner || w.owner.get() != nullptr;
    if (!alive) return;
    if (!error) {
        w.deliver();
    } else if (w.failed) {
        w.failed(describe(error));
    } else {
        wxMessageBox(from_utf8(describe(error)), _("TokenDesk"), wxOK | wxICON_ERROR,
                     w.owner.get());
    }
}

}  // namespace td::app
