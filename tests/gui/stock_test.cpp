// The stock page (F10): the list and its filters, an administrator's import through the import
// dialog's controls, and what the other roles may do.
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "gui_desk.h"
#include "gui_pump.h"
#include "home_panel.h"
#include "main_frame.h"
#include "message_line.h"
#include "session.h"
#include "stock_import_dialog.h"
#include "stock_panel.h"
#include "td/core/staff_service.h"
#include "td/core/stock_service.h"

namespace td::app::test {
namespace {

const wxString kInStock = wxString::FromUTF8("在庫");

class StockTest : public GuiDeskTest {
  protected:
    StockPanel* open_as(const std::string& id, const std::string& password) {
        session_.emplace(Session{*desk_, *runner_, sign_in(id, password), {}});
        frame_ = own(new wxFrame(nullptr, wxID_ANY, "test"));
        panel_ = new StockPanel(frame_, *session_);
        frame_->Show();
        reload();
        return panel_;
    }
    // Asks core again and waits for the answer.
    void reload() {
        const int before = panel_->answers();
        panel_->refresh();
        ASSERT_TRUE(pump_until([&] { return panel_->answers() > before; }));
    }
    wxString cell(long row, int column) const { return panel_->list()->GetItemText(row, column); }

    std::optional<Session> session_;
    wxFrame* frame_ = nullptr;
    StockPanel* panel_ = nullptr;
    StockImportDialog* dialog_ = nullptr;
};

TEST_F(StockTest, ListsTheBranchsDevicesWithTheirCounts) {
    import_stock(kFigure6, kFigure6Key);
    StockPanel* p = open_as("teller1", "teller-password");
    EXPECT_EQ(p->branch_filter()->GetValue(), "001");  // the signed-in staff's branch
    ASSERT_EQ(p->list()->GetItemCount(), 1);
    EXPECT_EQ(cell(0, 0), kFigure6Serial);
    EXPECT_EQ(cell(0, 1), "001");
    EXPECT_EQ(cell(0, 2), kInStock);
    EXPECT_EQ(cell(0, 3), "HOTP");
    EXPECT_EQ(cell(0, 4), "Manufacturer");
    EXPECT_TRUE(p->counts_line()->GetLabel().Contains(kInStock + " 1"));
    EXPECT_TRUE(p->counts_line()->GetLabel().Contains(wxString::FromUTF8("払出済 0")));
}

TEST_F(StockTest, FiltersByStateAndBranch) {
    import_stock(kFigure6, kFigure6Key);
    import_stock(TD_TEST_DATA_DIR "/pskc/tokendesk-totp.pskcxml");
    const auto admin = sign_in("admin", "admin-password");
    core::StaffService staff(desk_->context());
    ASSERT_TRUE(
        staff.add_branch(admin, {"002", "新宿支店", "東京都新宿区西新宿1-1-1", "03-0000-0002"})
            .ok());
    core::StockService stock(desk_->context());
    ASSERT_TRUE(stock.retire(admin, "TD-0001").ok());
    StockPanel* p = open_as("teller1", "teller-password");
    ASSERT_EQ(p->list()->GetItemCount(), 2);

    p->state_filter()->SetSelection(1);  // in stock
    reload();
    ASSERT_EQ(p->list()->GetItemCount(), 1);
    EXPECT_EQ(cell(0, 0), kFigure6Serial);
    p->state_filter()->SetSelection(4);  // retired
    reload();
    ASSERT_EQ(p->list()->GetItemCount(), 1);
    EXPECT_EQ(cell(0, 0), "TD-0001");
    EXPECT_EQ(cell(0, 2), wxString::FromUTF8("廃棄"));

    ASSERT_TRUE(stock.transfer(admin, kFigure6Serial, "002").ok());
    p->state_filter()->SetSelection(0);                             // all
    p->branch_filter()->ChangeValue(wxString::FromUTF8("００２"));  // full-width digits too
    reload();
    ASSERT_EQ(p->list()->GetItemCount(), 1);
    EXPECT_EQ(cell(0, 0), kFigure6Serial);
    EXPECT_EQ(cell(0, 1), "002");
    EXPECT_TRUE(p->counts_line()->GetLabel().Contains("002"));
    EXPECT_TRUE(p->counts_line()->GetLabel().Contains(kInStock + " 1"));
}

TEST_F(StockTest, AnAdministratorImportsTheVendorsFileThroughTheDialog) {
    StockPanel* p = open_as("admin", "admin-password");
    ASSERT_EQ(p->list()->GetItemCount(), 0);
    dialog_ = own(new StockImportDialog(nullptr, "rfc6030-figure6.pskcxml", "001"));
    dialog_->Show();
    EXPECT_EQ(dialog_->branch_field()->GetValue(), "001");
    EXPECT_FALSE(dialog_->check());  // no key yet
    dialog_->key_kind()->SetSelection(StockImportDialog::key_hex);
    dialog_->kind_changed();
    dialog_->key_field()->SetValue(wxString(kFigure6Key));
    ASSERT_TRUE(dialog_->check());
    const int before = p->answers();
    p->run_import(kFigure6, dialog_->choice());
    EXPECT_TRUE(p->importing());
    ASSERT_TRUE(pump_until([&] { return p->answers() >= before + 2; }));  // import, then list
    EXPECT_FALSE(p->importing());
    EXPECT_TRUE(p->done_line()->GetLabel().Contains("1")) << p->message()->GetLabel();
    ASSERT_EQ(p->list()->GetItemCount(), 1);
    EXPECT_EQ(cell(0, 0), kFigure6Serial);
    EXPECT_EQ(cell(0, 2), kInStock);
}

TEST_F(StockTest, AWrongKeyImportsNothingAndSaysWhy) {
    StockPanel* p = open_as("admin", "admin-password");
    dialog_ = own(new StockImportDialog(nullptr, "rfc6030-figure6.pskcxml", "001"));
    dialog_->key_field()->SetValue("00000000000000000000000000000000");
    ASSERT_TRUE(dialog_->check());
    const int before = p->answers();
    p->run_import(kFigure6, dialog_->choice());
    ASSERT_TRUE(pump_until([&] { return p->answers() > before; }));
    EXPECT_FALSE(p->message()->GetLabel().empty());
    EXPECT_TRUE(p->done_line()->GetLabel().empty());
    reload();
    EXPECT_EQ(p->list()->GetItemCount(), 0);
}

TEST_F(StockTest, APassphraseIsMaskedAndNoKeyIsAskedOfAPlainFile) {
    open_as("admin", "admin-password");
    dialog_ = own(new StockImportDialog(nullptr, "x.pskcxml", "001"));
    dialog_->Show();
    dialog_->key_kind()->SetSelection(StockImportDialog::passphrase);
    dialog_->kind_changed();
    EXPECT_TRUE(dialog_->passphrase_field()->IsShown());
    EXPECT_FALSE(dialog_->key_field()->IsShown());
    EXPECT_TRUE(dialog_->passphrase_field()->HasFlag(wxTE_PASSWORD));
    dialog_->passphrase_field()->SetValue("secret words");
    ASSERT_TRUE(dialog_->check());
    EXPECT_EQ(dialog_->choice().key.passphrase, "secret words");
    EXPECT_TRUE(dialog_->choice().key.key_hex.empty());
    dialog_->key_kind()->SetSelection(StockImportDialog::none);
    dialog_->kind_changed();
    EXPECT_TRUE(dialog_->check());
    EXPECT_TRUE(dialog_->choice().key.passphrase.empty());
}

TEST_F(StockTest, OthersMayLookButNotChangeTheStock) {
    import_stock(kFigure6, kFigure6Key);
    StockPanel* p = open_as("manager1", "manager-password");
    EXPECT_EQ(p->list()->GetItemCount(), 1);
    for (const char* name : {"stock_import", "stock_transfer", "stock_retire"})
        EXPECT_FALSE(wxWindow::FindWindowByName(name, p)->IsEnabled()) << name;
    // Core refuses them as well.
    const int before = p->answers();
    p->execute_retire(kFigure6Serial);
    ASSERT_TRUE(pump_until([&] { return p->answers() > before; }));
    EXPECT_FALSE(p->message()->GetLabel().empty());
    reload();
    EXPECT_EQ(cell(0, 2), kInStock);
}

TEST_F(StockTest, AnAdministratorTransfersAndRetires) {
    import_stock(kFigure6, kFigure6Key);
    ASSERT_TRUE(core::StaffService(desk_->context())
                    .add_branch(sign_in("admin", "admin-password"),
                                {"002", "新宿支店", "東京都新宿区西新宿1-1-1", "03-0000-0002"})
                    .ok());
    StockPanel* p = open_as("admin", "admin-password");
    EXPECT_TRUE(wxWindow::FindWindowByName("stock_import", p)->IsEnabled());
    int before = p->answers();
    p->execute_transfer(kFigure6Serial, "002");
    ASSERT_TRUE(pump_until([&] { return p->answers() >= before + 2; }));
    EXPECT_FALSE(p->done_line()->GetLabel().empty()) << p->message()->GetLabel();
    EXPECT_EQ(p->list()->GetItemCount(), 0);  // branch 001 shown: it has left
    before = p->answers();
    p->execute_retire(kFigure6Serial);
    ASSERT_TRUE(pump_until([&] { return p->answers() >= before + 2; }));
    p->branch_filter()->ChangeValue("002");
    reload();
    ASSERT_EQ(p->list()->GetItemCount(), 1);
    EXPECT_EQ(cell(0, 2), wxString::FromUTF8("廃棄"));
}

TEST_F(StockTest, UnderDualControlAMoveWaitsOnThePageUntilAnotherAdministratorApprovesIt) {
    import_stock(kFigure6, kFigure6Key);
    const auto admin = sign_in("admin", "admin-password");
    core::StaffService staff(desk_->context());
    ASSERT_TRUE(staff.add_branch(admin, {"002", "新宿支店", "", ""}).ok());
    ASSERT_TRUE(staff.add_staff(admin, {"admin2", "管理 二郎", "001", "admin", "admin2-first-pw"})
                    .ok());
    ASSERT_TRUE(staff.change_password("admin2", "admin2-first-pw", "admin2-password").ok());
    StockPanel* p = open_as("admin", "admin-password");
    ASSERT_NE(p->pending(), nullptr);
    ASSERT_TRUE(pump_until([&] { return p->pending()->answers() >= 1; }));
    EXPECT_TRUE(p->pending()->status_line()->GetLabel().Contains(wxString::FromUTF8("承認後に有効")))
        << p->pending()->status_line()->GetLabel();
    int before = p->answers();
    int pending_before = p->pending()->answers();
    p->execute_transfer(kFigure6Serial, "002");
    ASSERT_TRUE(pump_until([&] {
        return p->answers() >= before + 2 && p->pending()->answers() > pending_before;
    }));
    EXPECT_TRUE(p->message()->GetLabel().empty()) << p->message()->GetLabel();
    EXPECT_TRUE(p->done_line()->GetLabel().Contains(wxString::FromUTF8("承認待ち")))
        << p->done_line()->GetLabel();
    EXPECT_EQ(p->list()->GetItemCount(), 1) << "still at branch 001 until approved";
    ASSERT_EQ(p->pending()->list()->GetItemCount(), 1);
    EXPECT_EQ(p->pending()->list()->GetItemText(0, 4), "admin");  // who entered it
    const auto id = p->pending()->rows().at(0).id;

    // The maker cannot approve: core says so on the page.
    pending_before = p->pending()->answers();
    p->pending()->execute_approve(id);
    ASSERT_TRUE(pump_until([&] { return p->pending()->answers() > pending_before; }));
    EXPECT_TRUE(p->pending()->message()->GetLabel().Contains(wxString::FromUTF8("別の管理者")))
        << p->pending()->message()->GetLabel();

    // The second administrator takes the desk and approves.
    session_->actor = sign_in("admin2", "admin2-password");
    pending_before = p->pending()->answers();
    p->pending()->execute_approve(id);
    ASSERT_TRUE(pump_until([&] { return p->pending()->answers() >= pending_before + 2; }));
    EXPECT_TRUE(p->pending()->message()->GetLabel().empty())
        << p->pending()->message()->GetLabel();
    EXPECT_EQ(p->pending()->list()->GetItemCount(), 0);
    reload();
    EXPECT_EQ(p->list()->GetItemCount(), 0) << "moved to branch 002";
}

TEST_F(StockTest, F10OpensTheStockPageForEveryRole) {
    auto* frame = own(new MainFrame(*desk_, *runner_, sign_in("teller1", "teller-password"), 0));
    frame_ = frame;
    frame->Show();
    wxWindow* f10 = nullptr;
    for (wxWindow* c : wxWindow::FindWindowByName("function_key_bar", frame)->GetChildren())
        if (c->IsShown() && c->GetLabel().StartsWith("F10")) f10 = c;
    ASSERT_NE(f10, nullptr);
    wxCommandEvent press(wxEVT_BUTTON, f10->GetId());
    frame->ProcessWindowEvent(press);
    EXPECT_EQ(frame->current_page(), Page::stock);
    EXPECT_TRUE(pump_until([&] { return frame->stock()->answers() >= 1; }));
}

// The key itself, as the window system sends it: GTK opens a menu bar with F10, and this frame
// has none, so the key reaches the frame's accelerators.
TEST_F(StockTest, TheF10KeyItselfOpensTheStockPage) {
    auto* frame = own(new MainFrame(*desk_, *runner_, sign_in("teller1", "teller-password"), 0));
    frame_ = frame;
    frame->Show();
    frame->Raise();
    frame->home()->SetFocus();
    pump_until([] { return false; }, 300);
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_F10);
    EXPECT_TRUE(pump_until([&] { return frame->current_page() == Page::stock; }, 5000));
}

}  // namespace
}  // namespace td::app::test
