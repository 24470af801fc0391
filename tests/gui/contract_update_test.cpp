// Correcting a contract from the user detail (契約内容変更): the intake starts from what is
// registered, the confirm step shows before → after, and the approval page shows the same.
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
#include "td/core/application_service.h"
#include "td/core/customer_service.h"

namespace td::app::test {
namespace {

class ContractUpdateTest : public GuiDeskTest {
  protected:
    void TearDown() override {
        if (dialog_) dialog_->Destroy();
        if (frame_) frame_->Destroy();
        settle();
        GuiDeskTest::TearDown();
    }
    core::Contract registered() {
        return core::CustomerService(desk_->context())
            .show_user(sign_in("teller1", "teller-password"), "sakura01")
            .value()
            .contract;
    }
    IntakeDialog* open() {
        session_.emplace(Session{*desk_, *runner_, sign_in("teller1", "teller-password"), {}});
        contract_ = registered();
        dialog_ = new IntakeDialog(nullptr, *session_, Procedure::contract_update, "sakura01",
                                   &contract_);
        dialog_->Show();
        return dialog_;
    }
    std::optional<Session> session_;
    core::Contract contract_;
    IntakeDialog* dialog_ = nullptr;
    wxFrame* frame_ = nullptr;
};

TEST_F(ContractUpdateTest, StartsFromTheRegisteredDetailsAndConfirmsBeforeAndAfter) {
    IntakeDialog* d = open();
    ASSERT_NE(d->contract_field("company"), nullptr);
    EXPECT_EQ(d->contract_field("company")->GetValue(), wxString::FromUTF8("株式会社さくら商事"));
    EXPECT_EQ(d->contract_field("phone")->GetValue(), "03-9876-5432");
    EXPECT_EQ(d->details_field(), nullptr);  // another procedure's row is not there
    d->contract_field("address")->SetValue(wxString::FromUTF8("東京都千代田区丸の内3-3-3"));
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    ASSERT_TRUE(d->to_confirm());
    auto* confirm = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("confirm_text", d));
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->GetLabel().Contains(
        wxString::FromUTF8("東京都千代田区丸の内2-2-2 → 東京都千代田区丸の内3-3-3")))
        << confirm->GetLabel();
    EXPECT_FALSE(confirm->GetLabel().Contains(wxString::FromUTF8("株式会社さくら商事 →")));
    d->execute();
    ASSERT_TRUE(pump_until([&] { return d->done() || !d->message()->GetLabel().empty(); }));
    ASSERT_TRUE(d->done()) << d->message()->GetLabel();
    // Entered, not applied.
    EXPECT_EQ(registered().address, "東京都千代田区丸の内2-2-2");

    // The manager sees what the correction changes, and approving applies it.
    Session manager{*desk_, *runner_, sign_in("manager1", "manager-password"), {}};
    frame_ = new wxFrame(nullptr, wxID_ANY, "test");
    auto* panel = new ApprovalPanel(frame_, manager);
    frame_->Show();
    panel->refresh();
    ASSERT_TRUE(pump_until([&] { return panel->answers() >= 2; }));
    auto* entry = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("approval_entry", panel));
    EXPECT_TRUE(entry->GetValue().Contains(
        wxString::FromUTF8("東京都千代田区丸の内2-2-2 → 東京都千代田区丸の内3-3-3")))
        << entry->GetValue();
    panel->execute_approve(d->application_id());
    ASSERT_TRUE(pump_until([&] { return !panel->result()->GetLabel().empty(); }));
    EXPECT_EQ(registered().address, "東京都千代田区丸の内3-3-3");
}

TEST_F(ContractUpdateTest, AnEmojiIsRefusedNamingTheField) {
    IntakeDialog* d = open();
    d->contract_field("company")->SetValue(wxString::FromUTF8("株式会社さくら商事😀"));
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    ASSERT_TRUE(d->to_confirm());
    d->execute();
    ASSERT_TRUE(pump_until([&] { return d->done() || !d->message()->GetLabel().empty(); }));
    EXPECT_FALSE(d->done());
    EXPECT_TRUE(d->message()->GetLabel().Contains(wxString::FromUTF8("会社名")))
        << d->message()->GetLabel();
    EXPECT_TRUE(d->message()->GetLabel().Contains("U+1F600")) << d->message()->GetLabel();
}

}  // namespace
}  // namespace td::app::test
