#pragma once
// One user (forms/user_detail_panel.xrc; CustomerService::show_user, a recorded look-up): state in
// words and colour, the contract, tokens, the history of procedures and, after a revoke, the
// earliest re-issue time.
#include <wx/panel.h>

#include <string>
#include <vector>

#include "intake_dialog.h"
#include "session.h"

class wxListCtrl;
class wxStaticText;

namespace td::app {

class MessageLine;

class ApplicationList;

class UserDetailPanel : public wxPanel {
  public:
    UserDetailPanel(wxWindow* parent, Session& session);

    void show_user(const std::string& login_id);
    void refresh() { show_user(login_id_); }
    const std::string& login_id() const { return login_id_; }
    // Answers shown so far; the tests wait on it.
    int answers() const { return answers_; }

  private:
    void start_intake(Procedure procedure);

    Session& session_;
    std::string login_id_;
    core::Contract shown_contract_;
    MessageLine* message_ = nullptr;
    wxStaticText* login_ = nullptr;
    wxStaticText* name_ = nullptr;
    wxStaticText* kind_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxStaticText* contract_ = nullptr;
    wxStaticText* company_ = nullptr;
    wxStaticText* email_ = nullptr;
    wxStaticText* reissue_ = nullptr;
    wxListCtrl* tokens_ = nullptr;
    ApplicationList* history_ = nullptr;
    int answers_ = 0;
};

}  // namespace td::app
