#include "main_frame.h"

#include <gtest/gtest.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "gui_desk.h"
#include "gui_pump.h"
#include "home_panel.h"
#include "login_dialog.h"
#include "search_panel.h"
#include "td/core/customer_service.h"
#include "user_detail_panel.h"

namespace td::app::test {
namespace {

class MainFrameTest : public GuiDeskTest {
  protected:
    void TearDown() override {
        if (frame_) frame_->Destroy();
        settle();
        GuiDeskTest::TearDown();
    }
    MainFrame* open_as(const std::string& id, const std::string& password) {
        frame_ = new MainFrame(*desk_, *runner_, sign_in(id, password), /*lock_minutes=*/0);
        frame_->Show();
        return frame_;
    }
    static wxListCtrl* list(wxWindow* in, const char* name) {
        return dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName(name, in));
    }
    static long find_row(wxListCtrl* l, int column, const wxString& text) {
        for (long r = 0; r < l->GetItemCount(); ++r)
            if (l->GetItemText(r, column) == text) return r;
        return -1;
    }
    MainFrame* frame_ = nullptr;
};

TEST_F(MainFrameTest, HomeListsAnEnteredApplicationAsAwaitingApproval) {
    const auto id = enter_application();
    MainFrame* f = open_as("manager1", "manager-password");
    ASSERT_TRUE(pump_until([&] { return f->home()->refreshes() >= 1; }));
    wxListCtrl* awaiting = list(f, "awaiting_list");
    ASSERT_NE(awaiting, nullptr);
    const long row = find_row(awaiting, 0, wxString::Format("%lld", static_cast<long long>(id)));
    ASSERT_GE(row, 0);
    EXPECT_EQ(awaiting->GetItemText(row, 2), "sakura01");
    // State in words, not colour alone.
    EXPECT_EQ(awaiting->GetItemText(row, 3), wxString::FromUTF8("検印待ち"));
    EXPECT_EQ(awaiting->GetItemText(row, 4), "teller1");
}

TEST_F(MainFrameTest, SearchFindsAContractByKanaPrefixAsYouType) {
    MainFrame* f = open_as("teller1", "teller-password");
    f->show_page(Page::search);
    auto* query = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("search_query", f));
    ASSERT_NE(query, nullptr);
    query->SetValue(wxString::FromUTF8("ミドリ"));  // typing: the debounce timer asks core
    ASSERT_TRUE(pump_until([&] { return f->search()->answers() >= 1; }));
    wxListCtrl* results = list(f, "search_results");
    ASSERT_EQ(results->GetItemCount(), 1);
    EXPECT_EQ(results->GetItemText(0, 0), "2000002");
    EXPECT_EQ(results->GetItemText(0, 3), "midori01");
    EXPECT_EQ(results->GetItemText(0, 6), wxString::FromUTF8("利用中"));
}

TEST_F(MainFrameTest, UserDetailShowsStateTokensAndProcedures) {
    enter_application();
    MainFrame* f = open_as("teller1", "teller-password");
    f->open_user("sakura01");
    ASSERT_TRUE(pump_until([&] { return f->user_detail()->answers() >= 1; }));
    EXPECT_EQ(f->current_page(), Page::user);
    auto* state = wxWindow::FindWindowByName("user_state", f);
    EXPECT_EQ(state->GetLabel(), wxString::FromUTF8("利用中"));
    wxListCtrl* history = list(f, "user_history");
    ASSERT_EQ(history->GetItemCount(), 1);
    EXPECT_EQ(history->GetItemText(0, 1), wxString::FromUTF8("ソフトウェアトークン発行"));
}

bool has_key(wxWindow* frame, const char* key) {
    for (wxWindow* c : wxWindow::FindWindowByName("function_key_bar", frame)->GetChildren())
        if (c->IsShown() && c->GetLabel().StartsWith(key)) return true;
    return false;
}

TEST_F(MainFrameTest, OnlyManagersSeeTheApproveKey) {
    MainFrame* teller = open_as("teller1", "teller-password");
    const auto has_f9 = [](wxWindow* w) { return has_key(w, "F9"); };
    EXPECT_FALSE(has_f9(teller));
    EXPECT_FALSE(has_key(teller, "F7"));  // settings: administrators only
    EXPECT_TRUE(has_key(teller, "F6"));   // printing
    teller->Destroy();
    frame_ = nullptr;
    EXPECT_TRUE(has_f9(open_as("manager1", "manager-password")));
}

TEST_F(MainFrameTest, ScreenLockHidesTheFrameAndAnotherStaffMayTakeOver) {
    MainFrame* f = open_as("teller1", "teller-password");
    f->lock_screen();
    EXPECT_TRUE(f->locked());
    EXPECT_FALSE(f->home()->IsShown());  // the pages give way to the blank locked page
    EXPECT_FALSE(f->keys()->IsEnabled());
    LoginDialog* lock = nullptr;
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* d = dynamic_cast<LoginDialog*>(w)) lock = d;
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(lock->staff_id_field()->GetValue(), "teller1");  // the locked staff's own ID
    lock->staff_id_field()->SetValue("manager1");
    lock->password_field()->SetValue("manager-password");
    lock->submit();
    ASSERT_TRUE(pump_until([&] { return !f->locked(); }));
    // The header names the member of staff now at the keyboard; the keys follow their role.
    EXPECT_TRUE(wxWindow::FindWindowByName("frame_header", f)
                    ->GetLabel()
                    .Contains(wxString::FromUTF8("検印 次郎")));
    EXPECT_TRUE(f->home()->IsShown());
    EXPECT_TRUE(f->keys()->IsEnabled());
    EXPECT_TRUE(has_key(f, "F9"));
}

TEST_F(MainFrameTest, ALockedScreenStaysBlankUntilSomeoneSignsIn) {
    MainFrame* f = open_as("teller1", "teller-password");
    f->show_page(Page::search);
    f->lock_screen();
    // Whatever arrives meanwhile (the home page's answer, a function key), nothing comes back.
    wxCommandEvent f4(wxEVT_MENU, wxID_HIGHEST + 4);
    f->ProcessWindowEvent(f4);
    EXPECT_FALSE(pump_until([&] { return f->search()->IsShown() || f->home()->IsShown(); }, 300));
    EXPECT_TRUE(f->locked());
}

TEST_F(MainFrameTest, ATellerTakingOverAManagersLockedScreenLosesTheApproveKey) {
    MainFrame* f = open_as("manager1", "manager-password");
    ASSERT_TRUE(has_key(f, "F9"));
    f->lock_screen();
    LoginDialog* lock = nullptr;
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* d = dynamic_cast<LoginDialog*>(w)) lock = d;
    ASSERT_NE(lock, nullptr);
    lock->staff_id_field()->SetValue("teller1");
    lock->password_field()->SetValue("teller-password");
    lock->submit();
    ASSERT_TRUE(pump_until([&] { return !f->locked(); }));
    EXPECT_FALSE(has_key(f, "F9"));
    EXPECT_EQ(f->current_page(), Page::home);
}

// Keys as the window system sends them: a page change hides the focused control with its page,
// and the function keys must still work afterwards without a Tab first.
void press(int key) {
    wxUIActionSimulator keyboard;
    keyboard.Char(key);
}

TEST_F(MainFrameTest, FunctionKeysStillWorkAfterThePrintPage) {
    MainFrame* f = open_as("teller1", "teller-password");
    f->Raise();
    pump_until([] { return false; }, 300);
    press(WXK_F6);
    ASSERT_TRUE(pump_until([&] { return f->current_page() == Page::print; }, 5000));
    press(WXK_F4);
    ASSERT_TRUE(pump_until([&] { return f->current_page() == Page::home; }, 5000));
    press(WXK_F2);
    EXPECT_TRUE(pump_until([&] { return f->current_page() == Page::search; }, 5000));
}

TEST_F(MainFrameTest, FunctionKeysStillWorkAfterALockTakeover) {
    MainFrame* f = open_as("teller1", "teller-password");
    f->Raise();
    pump_until([] { return false; }, 300);
    press(WXK_F8);
    ASSERT_TRUE(pump_until([&] { return f->locked(); }, 5000));
    pump_until([] { return false; }, 300);
    wxUIActionSimulator keyboard;
    keyboard.Text("teller-password");
    keyboard.Char(WXK_RETURN);
    ASSERT_TRUE(pump_until([&] { return !f->locked(); }, 10000));
    pump_until([] { return false; }, 300);
    press(WXK_F2);
    EXPECT_TRUE(pump_until([&] { return f->current_page() == Page::search; }, 5000));
}

// The lists without the mouse (the manual's promise): Tab reaches the list, Down moves the row,
// Enter opens it, all as the window system sends the keys.
TEST_F(MainFrameTest, TabFromTheSearchQueryThenDownAndEnterOpenAResult) {
    ASSERT_TRUE(
        core::CustomerService(desk_->context())
            .add_user(sign_in("teller1", "teller-password"),
                      {"midori02", "2000002", "緑川 次郎", "general", "jiro@docomo.ne.jp"}));
    MainFrame* f = open_as("teller1", "teller-password");
    f->Raise();
    f->show_page(Page::search);
    auto* query = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("search_query", f));
    ASSERT_NE(query, nullptr);
    query->SetValue("2000002");
    ASSERT_TRUE(pump_until([&] { return f->search()->answers() >= 1; }));
    wxListCtrl* results = list(f, "search_results");
    ASSERT_EQ(results->GetItemCount(), 2);
    const wxString second = results->GetItemText(1, 3);
    pump_until([] { return false; }, 300);
    press(WXK_TAB);
    pump_until([] { return false; }, 300);
    press(WXK_DOWN);
    pump_until([] { return false; }, 300);
    press(WXK_RETURN);
    ASSERT_TRUE(pump_until([&] { return f->current_page() == Page::user; }, 5000));
    EXPECT_EQ(f->user_detail()->login_id(), second.utf8_string());
}

TEST_F(MainFrameTest, EnterOnTheHomeListOpensTheAwaitingApplicationsUser) {
    enter_application();
    MainFrame* f = open_as("manager1", "manager-password");
    f->Raise();
    ASSERT_TRUE(pump_until([&] { return f->home()->refreshes() >= 1; }));
    pump_until([] { return false; }, 300);
    press(WXK_RETURN);
    ASSERT_TRUE(pump_until([&] { return f->current_page() == Page::user; }, 5000));
    EXPECT_EQ(f->user_detail()->login_id(), "sakura01");
}

TEST_F(MainFrameTest, F9ThenDownShowsTheNextApplicationInTheApprovalQueue) {
    enter_application("sakura01");
    enter_application("midori01");
    MainFrame* f = open_as("manager1", "manager-password");
    f->Raise();
    ASSERT_TRUE(pump_until([&] { return f->home()->refreshes() >= 1; }));
    pump_until([] { return false; }, 300);
    press(WXK_F9);
    ASSERT_TRUE(pump_until([&] { return f->current_page() == Page::approvals; }, 5000));
    auto* entry = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("approval_entry", f));
    ASSERT_NE(entry, nullptr);
    ASSERT_TRUE(pump_until([&] { return entry->GetValue().Contains("sakura01"); }, 5000));
    press(WXK_DOWN);
    EXPECT_TRUE(pump_until([&] { return entry->GetValue().Contains("midori01"); }, 5000))
        << entry->GetValue();
}

}  // namespace
}  // namespace td::app::test
