#pragma once
// A desk on a fresh SQLite database in a temporary directory with its own key file, a pinned
// clock and a small branch: admin, a teller, a manager, one contract with a master user.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "desk.h"
#include "task_runner.h"
#include "td/core/application_service.h"
#include "td/core/clock.h"
#include "td/core/context.h"

namespace td::app::test {

class GuiDeskTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    // Signs in through core directly (set-up, not what is under test).
    core::Actor sign_in(const std::string& id, const std::string& password);
    // A software-token application entered by the teller for sakura01.
    std::int64_t enter_application();
    // Issues and sets up a token for sakura01, then types wrong codes until the user locks.
    void lock_sakura();
    core::FormInput checked_form() const;

    std::filesystem::path dir_;
    std::unique_ptr<Desk> desk_;
    std::unique_ptr<TaskRunner> runner_;
    core::ManualClock* clock_ = nullptr;  // owned by desk_
};

}  // namespace td::app::test
