#pragma once
// A desk on a fresh SQLite database in a temporary directory with its own key file, a pinned
// clock and a small branch: admin, a teller, a manager, one contract with a master user.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "desk.h"
#include "task_runner.h"
#include "td/core/application_service.h"
#include "td/core/clock.h"
#include "td/core/context.h"

class wxWindow;

namespace td::app::test {

// tests/data/pskc/rfc6030-figure6.pskcxml: one HOTP device, 8 digits, serial 987654321, its
// secret "12345678901234567890" (RFC 4226's), sealed with this key.
inline const std::string kFigure6 = TD_TEST_DATA_DIR "/pskc/rfc6030-figure6.pskcxml";
inline const std::string kFigure6Key = "12345678901234567890123456789012";
inline const std::string kFigure6Serial = "987654321";
inline const std::string kFigure6FirstCode = "84755224";  // counter 0

class GuiDeskTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    // Signs in through core directly (set-up, not what is under test).
    core::Actor sign_in(const std::string& id, const std::string& password);
    // A software-token application entered by the teller (for sakura01 unless named).
    std::int64_t enter_application(const std::string& login_id = "sakura01");
    // Issues and sets up a token for sakura01, then types wrong codes until the user locks.
    void lock_sakura();
    core::FormInput checked_form() const;
    // Imports a vendor's file of tests/data/pskc into branch 001 as the administrator.
    void import_stock(const std::string& file, const std::string& key_hex = {});

    // A window the test opens: destroyed, and what it leaves queued settled, before the desk.
    template <class W>
    W* own(W* window) {
        owned_.push_back(window);
        return window;
    }

    std::filesystem::path dir_;
    std::unique_ptr<Desk> desk_;
    std::unique_ptr<TaskRunner> runner_;
    core::ManualClock* clock_ = nullptr;  // owned by desk_

  private:
    std::vector<wxWindow*> owned_;
};

}  // namespace td::app::test
