#include "main_frame.h"

#include <wx/display.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "approval_panel.h"
#include "function_key_bar.h"
#include "home_panel.h"
#include "login_dialog.h"
#include "print_panel.h"
#include "search_panel.h"
#include "settings_dialog.h"
#include "status_words.h"
#include "stock_panel.h"
#include "td/platform/utf8_path.h"
#include "user_detail_panel.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {
namespace {

enum Command {
    kHelp = wxID_HIGHEST + 1,
    kSearch,
    kBack,
    kHome,
    kRefresh,
    kLock,
    kApprovals,
    kPrint,
    kStock,
    kSettings,
    kClose,
};

}  // namespace

MainFrame::MainFrame(Desk& desk, TaskRunner& runner, const core::Actor& actor, int lock_minutes)
    : session_{desk, runner, actor, staff_display_name(actor)} {
    wxXmlResource::Get()->LoadFrame(this, nullptr, "main_frame");
    header_ = find_control<wxStaticText>(this, "frame_header");
    book_ = find_control<wxSimplebook>(this, "pages");
    // In the order of Page.
    home_ = new HomePanel(book_, session_, [this](const std::string& id) { open_user(id); });
    search_ = new SearchPanel(book_, session_, [this](const std::string& id) { open_user(id); });
    user_ = new UserDetailPanel(book_, session_);
    approvals_ = new ApprovalPanel(book_, session_);
    print_ = new PrintPanel(book_, session_);
    stock_ = new StockPanel(book_, session_);
    for (wxWindow* page :
         std::initializer_list<wxWindow*>{home_, search_, user_, approvals_, print_, stock_})
        book_->AddPage(page, {});
    // Last: what the screen lock shows.
    book_->AddPage(new wxPanel(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
                               "locked_page"),
                   {});
    build_keys();
    update_header();

    // The counter's size, set once the pages are in: on Windows the XRC sizer fits the frame
    // to its contents at load time, when the book is still empty, which left it a few pixels
    // wide. Maximized where the screen is smaller than that.
    const wxSize wanted = FromDIP(wxSize(1200, 760));
    const wxRect area = wxDisplay(this).GetClientArea();
    SetMinClientSize(FromDIP(wxSize(800, 560)));
    SetClientSize(wanted);
    if (GetSize().x > area.width || GetSize().y > area.height) Maximize();

    runner.set_busy_indicator(this);
    if (lock_minutes > 0)
        idle_ = std::make_unique<IdleWatch>(lock_minutes, [this] { lock_screen(); });
    show_page(Page::home);
}

MainFrame::~MainFrame() {
    session_.runner.set_busy_indicator(nullptr);
}

void MainFrame::build_keys() {
    all_keys_ = {
        {WXK_F1, kHelp, _("Help")},         {WXK_F2, kSearch, _("Search")},
        {WXK_F3, kBack, _("Back")},         {WXK_F4, kHome, _("Home")},
        {WXK_F5, kRefresh, _("Refresh")},   {WXK_F6, kPrint, _("Print")},
        {WXK_F7, kSettings, _("Settings")}, {WXK_F8, kLock, _("Lock")},
        {WXK_F9, kApprovals, _("Approve")}, {WXK_F10, kStock, _("Stock")},
        {WXK_F12, kClose, _("Close")},
    };
    keys_ = new FunctionKeyBar(this, all_keys_);
    GetSizer()->Add(keys_, 0, wxEXPAND | wxALL, 2);
    for (const auto& k : all_keys_) {
        Bind(wxEVT_MENU, &MainFrame::on_key_event, this, k.command_id);
        Bind(wxEVT_BUTTON, &MainFrame::on_key_event, this, k.command_id);
    }
    apply_role_to_keys();
}

void MainFrame::apply_role_to_keys() {
    // Only administrators change settings; only managers approve (a teller never sees it).
    // Called again when another member of staff takes over at the screen lock.
    const core::Role role = session_.actor.role;
    std::vector<FunctionKey> active;
    for (const auto& k : all_keys_) {
        const bool shown = (k.command_id != kSettings || role == core::Role::admin) &&
                           (k.command_id != kApprovals || role == core::Role::manager);
        keys_->show_key(k.command_id, shown);
        if (shown) active.push_back(k);
    }
    SetAcceleratorTable(FunctionKeyBar::accelerators(active));
    Layout();
}

void MainFrame::on_key_event(wxCommandEvent& e) {
    on_command(e.GetId());
}

void MainFrame::on_command(int id) {
    if (locked_) return;  // only the sign-in dialog acts while the screen is locked
    switch (id) {
        case kHelp:
            show_help();
            break;
        case kSearch:
            show_page(Page::search);
            break;
        case kBack:
            go_back();
            break;
        case kHome:
            show_page(Page::home);
            break;
        case kRefresh:
            refresh_page();
            break;
        case kLock:
            lock_screen();
            break;
        case kApprovals:
            if (session_.actor.role == core::Role::manager) show_page(Page::approvals);
            break;
        case kPrint:
            show_page(Page::print);
            break;
        case kStock:
            show_page(Page::stock);
            break;
        case kSettings:
            open_settings();
            break;
        case kClose:
            // Close the page first; on the home page, the program.
            if (page_ == Page::home)
                Close();
            else
                show_page(Page::home);
            break;
        default:
            break;
    }
}

// Every page change ends here or in go_back(): the control that had the keyboard is hidden with
// its page, and GTK then leaves the window without a focused widget, so the function keys (the
// frame's accelerators, seen only by a focused widget) would do nothing until Tab was pressed.
void MainFrame::focus_page() {
    wxWindow* page = book_->GetCurrentPage();
    if (!page) return;
    if (page == home_)
        home_->focus_awaiting();
    else if (page_ != Page::search)
        page->SetFocus();  // a wxTAB_TRAVERSAL panel hands it to its first control
}

void MainFrame::show_page(Page page) {
    if (page != page_) history_.push_back(page_);
    page_ = page;
    book_->SetSelection(static_cast<size_t>(page));
    focus_page();
    switch (page) {
        case Page::home:
            SetStatusText(_("Home"), 0);
            home_->refresh();
            break;
        case Page::search:
            SetStatusText(_("Search: type a contract No., login ID, company name or kana"), 0);
            search_->focus_query();
            break;
        case Page::user:
            SetStatusText(_("User detail"), 0);
            break;
        case Page::approvals:
            SetStatusText(_("Approval: check the entry against the customer's state"), 0);
            approvals_->refresh();
            break;
        case Page::print:
            SetStatusText(_("Printing: notices, the branch journal, the monthly report, reprints and blank forms"), 0);
            print_->refresh();
            break;
        case Page::stock:
            SetStatusText(_("Stock: the branch's hardware tokens"), 0);
            stock_->refresh();
            break;
    }
}

void MainFrame::open_settings() {
    if (session_.actor.role != core::Role::admin) return;
    SettingsDialog dialog(this, session_.runner, &session_, session_.desk.database_url(),
                          platform::utf8_of(session_.desk.key_file()));
    dialog.ShowModal();
}

void MainFrame::open_user(const std::string& login_id) {
    user_->show_user(login_id);
    show_page(Page::user);
}

void MainFrame::go_back() {
    if (history_.empty()) return;
    const Page previous = history_.back();
    history_.pop_back();
    page_ = previous;  // not pushed again: Back walks the history down
    book_->SetSelection(static_cast<size_t>(previous));
    if (previous == Page::search)
        search_->focus_query();
    else
        focus_page();
    if (previous == Page::home) home_->refresh();
}

void MainFrame::refresh_page() {
    switch (page_) {
        case Page::home:
            home_->refresh();
            break;
        case Page::search:
            search_->refresh();
            break;
        case Page::user:
            user_->refresh();
            break;
        case Page::approvals:
            approvals_->refresh();
            break;
        case Page::print:
            print_->refresh();
            break;
        case Page::stock:
            stock_->refresh();
            break;
    }
}

void MainFrame::update_header() {
    header_->SetLabel(wxString::Format(_("TokenDesk  |  Branch %s  |  %s (%s)"),
                                       from_utf8(session_.actor.branch_code), session_.staff_name,
                                       role_words(session_.actor.role)));
    SetStatusText(from_utf8(session_.actor.staff_id), 1);
}

void MainFrame::lock_screen() {
    if (locked_) return;
    if (idle_) idle_->pause();
    // The frame stays up but shows nothing of the customers: its pages give way to a blank
    // "locked" page and the keys go dark. (Hiding the frame instead races with the window
    // system, which can map it again by itself.)
    locked_ = true;
    book_->SetSelection(book_->GetPageCount() - 1);
    header_->SetLabel(_("Screen locked"));
    keys_->Disable();
    SetAcceleratorTable(wxNullAcceleratorTable);
    SetStatusText({}, 0);
    SetStatusText({}, 1);
    LoginHooks hooks;
    hooks.signed_in = [this](const core::Actor& actor) {
        // Another member of staff may take over the desk: the pages now act as them.
        const bool other = actor.staff_id != session_.actor.staff_id;
        session_.actor = actor;
        session_.staff_name = staff_display_name(actor);
        locked_ = false;
        keys_->Enable();
        update_header();
        apply_role_to_keys();  // F7 / F9 follow the role of whoever is at the keyboard
        if (other) {
            history_.clear();
            stock_->staff_changed();  // the branch filter and the buttons are the new staff's
        }
        show_page(other ? Page::home : page_);
        if (!other) refresh_page();
        Raise();
        if (idle_) idle_->resume();
    };
    hooks.quit = [this] { Destroy(); };
    LoginDialog::open(this, session_.desk, session_.runner, LoginMode::screen_locked,
                      from_utf8(session_.actor.staff_id), hooks);
}

void MainFrame::show_help() {
    wxMessageBox(_("F2 Search: contract No., login ID, company name or kana prefix\n"
                   "F3 Back  F4 Home  F5 Refresh  F6 Print  F7 Settings (administrators)\n"
                   "F8 Lock the screen  F9 Approve (managers)\n"
                   "F10 Stock of hardware tokens (import, transfer, retire: administrators)\n"
                   "F12 Close the page, on the home page the program\n"
                   "Enter or double-click opens the selected user."),
                 _("Help"), wxOK | wxICON_INFORMATION, this);
}

void MainFrame::busy_started() {
    SetStatusText(_("Working..."), 1);
}

void MainFrame::busy_ended() {
    SetStatusText(from_utf8(session_.actor.staff_id), 1);
}

}  // namespace td::app
