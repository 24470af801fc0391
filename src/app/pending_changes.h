#pragma once
// The administrative changes waiting for a second administrator, on the settings' rules page
// (every kind) and on the stock page (stock kinds): who entered what and when, with Approve and
// Reject, and the line saying whether changes need a second administrator at all. Built into
// a placeholder panel; core decides who may approve and checks the change again.
#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

#include "session.h"
#include "td/core/entities.h"

class wxButton;
class wxListCtrl;
class wxStaticText;

namespace td::app {

class MessageLine;

class PendingChanges {
  public:
    using Filter = std::function<bool(const core::AdminChange&)>;

    // `decided`: told after an approval or rejection (the page shows the change's effect).
    PendingChanges(wxPanel* panel, Session& session, Filter shown,
                   std::function<void()> decided = {});

    void refresh();
    // The actions after their dialogs (the buttons ask first); the tests call these.
    void execute_approve(std::int64_t change_id);
    void execute_reject(std::int64_t change_id, const std::string& reason);

    int answers() const { return answers_; }
    wxListCtrl* list() const { return list_; }
    wxStaticText* status_line() const { return status_; }
    wxStaticText* done_line() const { return done_; }
    MessageLine* message() const { return message_; }
    const std::vector<core::AdminChange>& rows() const { return rows_; }

  private:
    void on_approve();
    void on_reject();
    const core::AdminChange* selected() const;
    void decided(core::Outcome<core::AdminChange>& outcome, const wxString& done);

    wxPanel* panel_;
    Session& session_;
    Filter shown_;
    std::function<void()> on_decided_;
    wxStaticText* status_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxButton* approve_ = nullptr;
    wxButton* reject_ = nullptr;
    wxStaticText* done_ = nullptr;
    MessageLine* message_ = nullptr;
    std::vector<core::AdminChange> rows_;
    int answers_ = 0;
};

}  // namespace td::app
