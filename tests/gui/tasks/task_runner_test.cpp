#include "task_runner.h"

#include <gtest/gtest.h>
#include <wx/frame.h>

#include <stdexcept>
#include <thread>

#include "gui_pump.h"

namespace td::app {
namespace {

TEST(TaskRunner, DeliversTheResultOnTheUiThread) {
    TaskRunner runner;
    auto* frame = new wxFrame(nullptr, wxID_ANY, "owner");
    const auto ui_thread = std::this_thread::get_id();
    std::thread::id worker_thread;
    int got = 0;
    bool on_ui = false;
    runner.run<int>(
        frame,
        [&] {
            worker_thread = std::this_thread::get_id();
            return 42;
        },
        [&](int& r) {
            got = r;
            on_ui = std::this_thread::get_id() == ui_thread;
        });
    ASSERT_TRUE(pump_until([&] { return runner.pending() == 0; }));
    EXPECT_EQ(got, 42);
    EXPECT_TRUE(on_ui);
    EXPECT_NE(worker_thread, ui_thread);
    frame->Destroy();
}

TEST(TaskRunner, DropsTheResultWhenTheOwnerIsGone) {
    TaskRunner runner;
    auto* frame = new wxFrame(nullptr, wxID_ANY, "owner");
    std::mutex gate;
    gate.lock();  // holds the worker until the window is gone
    bool delivered = false;
    runner.run<int>(
        frame,
        [&] {
            std::lock_guard g(gate);
            return 1;
        },
        [&](int&) { delivered = true; });
    delete frame;
    gate.unlock();
    ASSERT_TRUE(pump_until([&] { return runner.pending() == 0; }));
    EXPECT_FALSE(delivered);
}

TEST(TaskRunner, ReportsAFaultInsteadOfAResult) {
    TaskRunner runner;
    std::string fault;
    runner.run<int>(
        nullptr, []() -> int { throw std::runtime_error("database down"); }, [](int&) {},
        [&](const std::string& what) { fault = what; });
    ASSERT_TRUE(pump_until([&] { return runner.pending() == 0; }));
    EXPECT_EQ(fault, "database down");
}

TEST(TaskRunner, RunsJobsInOrderOnOneWorker) {
    TaskRunner runner;
    std::vector<int> order;
    for (int i = 0; i < 5; ++i)
        runner.run<int>(
            nullptr, [i] { return i; }, [&](int& r) { order.push_back(r); });
    ASSERT_TRUE(pump_until([&] { return runner.pending() == 0; }));
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

}  // namespace
}  // namespace td::app
