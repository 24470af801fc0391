#pragma once
// The stock page (F10, 在庫): the hardware tokens (key fobs) of a branch, filtered by branch and
// state, with the counts per state above the list. Everyone signed in may look; administrators
// also import a vendor's seed file, transfer a device to another branch and retire one. Core
// decides who may do what and refuses the others too.
#include <wx/panel.h>

#include <memory>
#include <string>
#include <vector>

#include "pending_changes.h"
#include "session.h"
#include "stock_import_dialog.h"
#include "td/core/entities.h"
#include "td/core/repositories.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace td::app {

class MessageLine;
class PulseWindow;

class StockPanel : public wxPanel {
  public:
    StockPanel(wxWindow* parent, Session& session);
    ~StockPanel() override;

    void refresh();
    // Another member of staff took over the desk: their branch, their buttons.
    void staff_changed();

    // The actions after their dialogs (the buttons ask first); the tests call these.
    void run_import(const std::string& path, const StockImport& what);
    void execute_transfer(const std::string& serial, const std::string& to_branch);
    void execute_retire(const std::string& serial);

    // Answers from core so far; the tests wait on it.
    int answers() const { return answers_; }
    bool importing() const { return static_cast<bool>(busy_); }
    wxListCtrl* list() const { return list_; }
    wxTextCtrl* branch_filter() const { return branch_; }
    wxChoice* state_filter() const { return state_; }
    wxStaticText* counts_line() const { return counts_; }
    wxStaticText* done_line() const { return done_; }
    MessageLine* message() const { return message_; }
    // Administrators only (nullptr for the others).
    PendingChanges* pending() const { return pending_.get(); }

  private:
    void on_import();
    void on_transfer();
    void on_retire();
    const core::Device* selected() const;
    core::DeviceFilter filter() const;
    void show(const std::vector<core::Device>& devices,
              const std::vector<core::DeviceCount>& counts);
    void changed(core::Outcome<core::AdminChange>& outcome, const wxString& done);
    void say(const wxString& text, bool ok);

    Session& session_;
    MessageLine* message_ = nullptr;
    wxTextCtrl* branch_ = nullptr;
    wxChoice* state_ = nullptr;
    wxStaticText* counts_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxStaticText* done_ = nullptr;
    std::vector<wxButton*> admin_buttons_;
    std::vector<core::Device> rows_;
    wxStaticText* pending_title_ = nullptr;
    wxPanel* pending_panel_ = nullptr;
    std::unique_ptr<PendingChanges> pending_;
    std::unique_ptr<PulseWindow> busy_;  // while a seed file is read and imported
    int answers_ = 0;
};

}  // namespace td::app
