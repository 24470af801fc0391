#pragma once
// The home screen (forms/home_panel.xrc; InquiryService::home): today's work, applications waiting
// for approval (oldest first), locked master users and completion notices not yet printed.
#include <wx/panel.h>

#include <functional>
#include <string>

#include "session.h"

class wxListCtrl;
class wxStaticText;

namespace td::app {

class MessageLine;

class ApplicationList;

class HomePanel : public wxPanel {
  public:
    using OpenUser = std::function<void(const std::string& login_id)>;
    HomePanel(wxWindow* parent, Session& session, OpenUser open_user);

    // Asks core again; the lists update when the answer comes.
    void refresh();
    // Keyboard focus on the approval queue (F9).
    void focus_awaiting();
    // Counts of refreshes answered; the tests wait on it.
    int refreshes() const { return refreshes_; }

  private:
    Session& session_;
    OpenUser open_user_;
    MessageLine* message_ = nullptr;
    ApplicationList* today_ = nullptr;
    ApplicationList* awaiting_ = nullptr;
    ApplicationList* notices_ = nullptr;
    wxListCtrl* locked_ = nullptr;
    int refreshes_ = 0;
};

}  // namespace td::app
