// The written-form unlock end to end on the desktop: the teller enters it in the intake dialog,
// a manager approves it in the approval queue, and the master user can sign in again.
#include <gtest/gtest.h>
#include <wx/checkbox.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "approval_panel.h"
#include "gui_desk.h"
#include "gui_pump.h"
#include "intake_dialog.h"
#include "message_line.h"
#include "session.h"
#include "td/core/customer_service.h"

namespace td::app::test {
namespace {

class UnlockFlowTest : public GuiDeskTest {
  protected:
    core::OtpState sakura_state() {
        return core::CustomerService(desk_->context())
            .show_user(sign_in("manager1", "manager-password"), "sakura01")
            .value()
            .user.otp_state;
    }
    ApprovalPanel* open_queue() {
        manager_.emplace(Session{*desk_, *runner_, sign_in("manager1", "manager-password"), {}});
        frame_ = own(new wxFrame(nullptr, wxID_ANY, "approval"));
        auto* panel = new ApprovalPanel(frame_, *manager_);
        frame_->Show();
        panel->refresh();
        // The queue loads, then the oldest entry is selected and reviewed.
        EXPECT_TRUE(pump_until([&] { return panel->answers() >= 2; }));
        return panel;
    }
    wxTextCtrl* pane(ApprovalPanel* p, const char* name) {
        return dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName(name, p));
    }
    std::optional<Session> teller_, manager_;
    IntakeDialog* dialog_ = nullptr;
    wxFrame* frame_ = nullptr;
};

TEST_F(UnlockFlowTest, TellerEntersTheUnlockAndAManagerApprovesIt) {
    lock_sakura();
    ASSERT_EQ(sakura_state(), core::OtpState::locked);

    teller_.emplace(Session{*desk_, *runner_, sign_in("teller1", "teller-password"), {}});
    dialog_ = own(new IntakeDialog(nullptr, *teller_, Procedure::unlock, "sakura01"));
    dialog_->Show();
    dialog_->seal_box()->SetValue(true);
    dialog_->identity_box()->SetValue(true);
    dialog_->visitor_field()->SetValue(wxString::FromUTF8("桜井 太郎"));
    ASSERT_TRUE(dialog_->to_confirm());
    dialog_->execute();
    ASSERT_TRUE(
        pump_until([&] { return dialog_->done() || !dialog_->message()->GetLabel().empty(); }));
    ASSERT_TRUE(dialog_->done()) << dialog_->message()->GetLabel();
    const std::int64_t id = dialog_->application_id();
    // Entered is not done: the user stays locked until a manager approves.
    EXPECT_EQ(sakura_state(), core::OtpState::locked);

    ApprovalPanel* queue = open_queue();
    EXPECT_TRUE(pane(queue, "approval_entry")->GetValue().Contains(wxString::FromUTF8("窓口")) ||
                pane(queue, "approval_entry")->GetValue().Contains("teller1"));
    EXPECT_TRUE(
        pane(queue, "approval_current")->GetValue().Contains(wxString::FromUTF8("利用停止中")));
    queue->execute_approve(id);
    ASSERT_TRUE(pump_until([&] { return !queue->result()->GetLabel().empty(); }));
    EXPECT_TRUE(queue->result()->GetLabel().Contains(wxString::FromUTF8("承認しました")));
    EXPECT_EQ(sakura_state(), core::OtpState::active);
}

TEST_F(UnlockFlowTest, WhatChangedSinceTheEntryIsMarkedBesideTheCurrentState) {
    core::ApplicationService applications(desk_->context());
    const auto teller = sign_in("teller1", "teller-password");
    const auto manager = sign_in("manager1", "manager-password");
    ASSERT_TRUE(applications.approve(manager, enter_application()));
    clock_->advance(std::chrono::minutes(5));
    ASSERT_TRUE(applications.apply_revoke(teller, {"sakura01", "lost", checked_form()}));
    clock_->advance(std::chrono::minutes(10));
    ASSERT_TRUE(
        applications.apply_misuse_report(teller, {"sakura01", "不審な取引", checked_form()}));

    ApprovalPanel* queue = open_queue();  // the revoke, the older of the two, is shown
    const wxString current = pane(queue, "approval_current")->GetValue();
    EXPECT_TRUE(current.Contains(wxString::FromUTF8("◆ 受付後の変更")));
    EXPECT_TRUE(current.Contains(wxString::FromUTF8("使用停止")));
    EXPECT_TRUE(current.Contains(wxString::FromUTF8("失効できるトークンがありません")));
    wxTextAttr look;
    const long at = current.Find(wxString::FromUTF8("◆"));
    ASSERT_TRUE(pane(queue, "approval_current")->GetStyle(at, look));
    EXPECT_EQ(look.GetBackgroundColour(), wxColour(0xff, 0xef, 0x9e));
}

}  // namespace
}  // namespace td::app::test
