// A hardware token over the counter: the teller enters it with a serial picked from the branch's
// stock; the manager approves with the code the device shows now. A wrong code binds nothing.
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "approval_panel.h"
#include "gui_desk.h"
#include "gui_pump.h"
#include "intake_dialog.h"
#include "message_line.h"
#include "session.h"
#include "td/core/application_service.h"
#include "td/core/stock_service.h"

namespace td::app::test {
namespace {

class HardwareTokenTest : public GuiDeskTest {
  protected:
    IntakeDialog* open_intake() {
        teller_.emplace(Session{*desk_, *runner_, sign_in("teller1", "teller-password"), {}});
        dialog_ = own(new IntakeDialog(nullptr, *teller_, Procedure::hardware_token, "sakura01"));
        dialog_->Show();
        EXPECT_TRUE(pump_until([&] { return dialog_->stock_loaded(); }));
        return dialog_;
    }
    // The teller's entry through the dialog, with the serial picked from the stock.
    std::int64_t enter_through_dialog() {
        IntakeDialog* d = open_intake();
        EXPECT_EQ(d->serial_choice()->GetCount(), 1u);
        EXPECT_TRUE(d->serial_choice()->IsEnabled());
        d->serial_choice()->SetSelection(0);
        d->seal_box()->SetValue(true);
        d->identity_box()->SetValue(true);
        d->visitor_field()->SetValue(wxString::FromUTF8("桜井 太郎"));
        EXPECT_TRUE(d->to_confirm());
        EXPECT_TRUE(
            wxWindow::FindWindowByName("confirm_text", d)->GetLabel().Contains(kFigure6Serial));
        d->execute();
        EXPECT_TRUE(pump_until([&] { return d->done() || d->message()->IsShown(); }));
        EXPECT_TRUE(d->done()) << d->message()->GetLabel();
        EXPECT_TRUE(d->result_text()->GetLabel().Contains(wxString::FromUTF8("検印待ち")));
        return d->application_id();
    }
    ApprovalPanel* open_approvals() {
        manager_.emplace(Session{*desk_, *runner_, sign_in("manager1", "manager-password"), {}});
        frame_ = own(new wxFrame(nullptr, wxID_ANY, "test"));
        auto* panel = new ApprovalPanel(frame_, *manager_);
        frame_->Show();
        panel->refresh();
        // The queue, then the first row's entry and state.
        EXPECT_TRUE(pump_until([&] { return panel->answers() >= 2; }));
        return panel;
    }
    core::Device device() {
        auto list = core::StockService(desk_->context())
                        .list(sign_in("admin", "admin-password"),
                              {.branch_code = "001", .state = std::nullopt});
        EXPECT_TRUE(list.ok() && list.value().size() == 1u);
        return list.value().front();
    }
    core::ApplicationState state_of(std::int64_t id) {
        return core::ApplicationService(desk_->context())
            .show(sign_in("manager1", "manager-password"), id)
            .value()
            .application.state;
    }

    std::optional<Session> teller_;
    std::optional<Session> manager_;
    IntakeDialog* dialog_ = nullptr;
    wxFrame* frame_ = nullptr;
};

TEST_F(HardwareTokenTest, WithNoStockThereIsNothingToPickAndNoConfirm) {
    IntakeDialog* d = open_intake();
    ASSERT_EQ(d->serial_choice()->GetCount(), 1u);
    EXPECT_EQ(d->serial_choice()->GetString(0), wxString::FromUTF8("在庫がありません"));
    EXPECT_FALSE(d->serial_choice()->IsEnabled());
    EXPECT_FALSE(wxWindow::FindWindowByName("next", d)->IsEnabled());
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    EXPECT_FALSE(d->to_confirm());
}

TEST_F(HardwareTokenTest, TheRightCodeBindsTheDeviceToTheUser) {
    import_stock(kFigure6, kFigure6Key);
    const std::int64_t id = enter_through_dialog();
    ASSERT_GT(id, 0);
    ApprovalPanel* p = open_approvals();
    auto* entry = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("approval_entry", p));
    EXPECT_TRUE(entry->GetValue().Contains(kFigure6Serial));  // the serial is in the entry
    p->execute_approve(id, kFigure6FirstCode);
    ASSERT_TRUE(pump_until([&] { return !p->result()->GetLabel().empty(); }));
    EXPECT_TRUE(p->result()->GetLabel().Contains(wxString::FromUTF8("承認しました")));
    EXPECT_EQ(state_of(id), core::ApplicationState::approved);
    const core::Device d = device();
    EXPECT_EQ(d.state, core::DeviceState::assigned);
    EXPECT_EQ(d.login_id, "sakura01");
}

TEST_F(HardwareTokenTest, AWrongCodeLeavesTheApplicationQueuedAndTheDeviceInStock) {
    import_stock(kFigure6, kFigure6Key);
    const std::int64_t id = enter_through_dialog();
    ApprovalPanel* p = open_approvals();
    const int before = p->answers();
    p->execute_approve(id, "12345678");
    ASSERT_TRUE(pump_until([&] { return p->answers() > before; }));
    EXPECT_TRUE(p->result()->GetLabel().empty());
    auto* message = dynamic_cast<MessageLine*>(wxWindow::FindWindowByName("approval_message", p));
    EXPECT_TRUE(message->IsShown());
    EXPECT_FALSE(message->GetLabel().empty());
    EXPECT_EQ(state_of(id), core::ApplicationState::entered);
    EXPECT_EQ(device().state, core::DeviceState::in_stock);
    auto* queue = dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName("approval_queue", p));
    EXPECT_EQ(queue->GetItemCount(), 1);
}

}  // namespace
}  // namespace td::app::test
