#pragma once
// The counter's main window: a header with who is signed in, one page at a time (home, search,
// user detail, approvals, printing, stock) and the function-key bar. It decides nothing: the pages
// ask core.
#include <wx/frame.h>

#include <memory>
#include <string>
#include <vector>

#include "function_key_bar.h"
#include "idle_watch.h"
#include "session.h"
#include "task_runner.h"

class wxSimplebook;
class wxStaticText;

namespace td::app {

class HomePanel;
class SearchPanel;
class UserDetailPanel;
class ApprovalPanel;
class PrintPanel;
class StockPanel;

enum class Page { home, search, user, approvals, print, stock };

class MainFrame : public wxFrame, public BusyIndicator {
  public:
    // `lock_minutes` 0 disables the screen lock (tests).
    MainFrame(Desk& desk, TaskRunner& runner, const core::Actor& actor, int lock_minutes);
    ~MainFrame() override;

    void show_page(Page page);
    void open_user(const std::string& login_id);
    void go_back();
    void refresh_page();
    void lock_screen();

    HomePanel* home() const { return home_; }
    SearchPanel* search() const { return search_; }
    UserDetailPanel* user_detail() const { return user_; }
    ApprovalPanel* approvals() const { return approvals_; }
    PrintPanel* printing() const { return print_; }
    StockPanel* stock() const { return stock_; }
    // The function keys shown now (they follow the role of whoever is at the keyboard).
    FunctionKeyBar* keys() const { return keys_; }
    void open_settings();
    Page current_page() const { return page_; }
    // True from lock_screen() until someone signs in again; nothing of a customer is shown.
    bool locked() const { return locked_; }

    void busy_started() override;
    void busy_ended() override;

  private:
    void build_keys();
    void apply_role_to_keys();
    void on_command(int id);
    void on_key_event(wxCommandEvent& e);
    void update_header();
    void focus_page();
    void show_help();

    Session session_;
    wxStaticText* header_ = nullptr;
    wxSimplebook* book_ = nullptr;
    HomePanel* home_ = nullptr;
    SearchPanel* search_ = nullptr;
    UserDetailPanel* user_ = nullptr;
    ApprovalPanel* approvals_ = nullptr;
    PrintPanel* print_ = nullptr;
    StockPanel* stock_ = nullptr;
    FunctionKeyBar* keys_ = nullptr;
    std::vector<FunctionKey> all_keys_;
    bool locked_ = false;
    Page page_ = Page::home;
    std::vector<Page> history_;
    std::unique_ptr<IdleWatch> idle_;
};

}  // namespace td::app
