#include <gtest/gtest.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "approval_panel.h"
#include "gui_desk.h"
#include "gui_pump.h"
#include "i18n.h"
#include "session.h"
#include "td/core/application_service.h"

namespace td::app::test {
namespace {

class ApprovalTest : public GuiDeskTest {
  protected:
    void TearDown() override {
        if (frame_) frame_->Destroy();
        settle();
        GuiDeskTest::TearDown();
    }
    ApprovalPanel* open_as(const std::string& id, const std::string& password) {
        session_.emplace(Session{*desk_, *runner_, sign_in(id, password), {}});
        frame_ = new wxFrame(nullptr, wxID_ANY, "test");
        auto* panel = new ApprovalPanel(frame_, *session_);
        frame_->Show();
        panel->refresh();
        pump_until([&] { return panel->answers() >= 1; });
        return panel;
    }
    core::ApplicationState state_of(std::int64_t id) {
        return core::ApplicationService(desk_->context())
            .show(sign_in("manager1", "manager-password"), id)
            .value()
            .application.state;
    }
    std::optional<Session> session_;
    wxFrame* frame_ = nullptr;
};

TEST_F(ApprovalTest, QueueShowsTheMakersEntryBesideTheCustomersState) {
    const auto id = enter_application();
    ApprovalPanel* p = open_as("manager1", "manager-password");
    auto* queue = dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName("approval_queue", p));
    ASSERT_EQ(queue->GetItemCount(), 1);
    EXPECT_EQ(queue->GetItemText(0, 0), wxString::Format("%lld", static_cast<long long>(id)));
    // The first row is selected on load, which asks core for both sides.
    ASSERT_TRUE(pump_until([&] { return p->answers() >= 2; }));
    auto* entry = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("approval_entry", p));
    auto* current = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("approval_current", p));
    EXPECT_TRUE(entry->GetValue().Contains("teller1"));
    EXPECT_TRUE(current->GetValue().Contains(wxString::FromUTF8("利用中")));
}

TEST_F(ApprovalTest, ManagerApprovesAndSeesTheTokenUserId) {
    const auto id = enter_application();
    ApprovalPanel* p = open_as("manager1", "manager-password");
    const int before = p->answers();
    p->execute_approve(id);
    ASSERT_TRUE(pump_until([&] { return !p->result()->GetLabel().empty(); }));
    EXPECT_TRUE(p->result()->GetLabel().Contains(wxString::FromUTF8("承認しました")));
    EXPECT_TRUE(p->result()->GetLabel().Contains("SEIKYO01"));
    EXPECT_GT(p->answers(), before);
    EXPECT_EQ(state_of(id), core::ApplicationState::approved);
}

TEST_F(ApprovalTest, TellerIsRefusedByCoreAndNothingChanges) {
    const auto id = enter_application();
    ApprovalPanel* p = open_as("teller1", "teller-password");
    const int before = p->answers();
    p->execute_approve(id);
    ASSERT_TRUE(pump_until([&] { return p->answers() > before; }));
    EXPECT_TRUE(p->result()->GetLabel().empty());
    EXPECT_EQ(state_of(id), core::ApplicationState::entered);
}

TEST_F(ApprovalTest, ASecondApproveWhileTheFirstRunsIsDroppedNotRefused) {
    const auto id = enter_application();
    ApprovalPanel* p = open_as("manager1", "manager-password");
    ASSERT_TRUE(pump_until([&] { return p->answers() >= 2; }));  // the row's review shown
    p->execute_approve(id);
    p->execute_approve(id);  // Enter again before the first answer came back
    ASSERT_TRUE(pump_until([&] { return !p->result()->GetLabel().empty(); }));
    ASSERT_TRUE(pump_until([&] { return runner_->pending() == 0; }));  // and any second one
    auto* message = wxWindow::FindWindowByName("approval_message", p);
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->GetLabel().empty()) << message->GetLabel();
    EXPECT_TRUE(p->result()->GetLabel().Contains(wxString::FromUTF8("承認しました")));
    EXPECT_EQ(state_of(id), core::ApplicationState::approved);
}

}  // namespace
}  // namespace td::app::test
