#pragma once
// Staff sign-in (forms/login.xrc), also used as the screen lock. It signs in through
// StaffService and shows core's refusal next to the field it concerns. A member of staff may
// change their password here, and must when core says so (first sign-in after an
// administrator set it, or expiry): the new password fields then open. Modeless: it destroys
// itself after handing over the signed-in staff or being quit.
#include <wx/dialog.h>

#include <functional>

#include "desk.h"
#include "task_runner.h"
#include "td/core/context.h"

class wxTextCtrl;
class wxStaticText;
class wxRadioBox;

namespace td::app {

enum class LoginMode { sign_in, screen_locked };

struct LoginHooks {
    std::function<void(const core::Actor&)> signed_in;
    std::function<void()> quit;
};

class LoginDialog : public wxDialog {
  public:
    // Creates and shows the dialog; `staff_id` pre-fills the ID (the locked staff's own).
    static LoginDialog* open(wxWindow* parent, Desk& desk, TaskRunner& runner, LoginMode mode,
                             const wxString& staff_id, LoginHooks hooks);

    // What the sign-in button does; the tests call it too. With the new password fields open,
    // it changes the password and then signs in with the new one.
    void submit();
    // Opens (or closes) the new password fields: the "Change password" button.
    void show_password_change(bool open);
    bool changing_password() const { return changing_; }
    wxTextCtrl* new_password_field() const { return new_password_; }
    wxTextCtrl* new_password_again_field() const { return new_password_again_; }
    wxStaticText* new_password_error() const { return new_password_error_; }
    wxTextCtrl* staff_id_field() const { return staff_id_; }
    wxTextCtrl* password_field() const { return password_; }
    wxStaticText* staff_id_error() const { return staff_id_error_; }
    wxStaticText* password_error() const { return password_error_; }

  private:
    LoginDialog(wxWindow* parent, Desk& desk, TaskRunner& runner, LoginMode mode, LoginHooks hooks);
    void on_language_choice();
    void on_signed_in(const core::Outcome<core::Actor>& outcome);
    void quit();
    void show_error(wxStaticText* where, const wxString& text);

    wxWindow* parent_;
    Desk& desk_;
    TaskRunner& runner_;
    LoginMode mode_;
    LoginHooks hooks_;
    wxTextCtrl* staff_id_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxStaticText* staff_id_error_ = nullptr;
    wxStaticText* password_error_ = nullptr;
    wxTextCtrl* new_password_ = nullptr;
    wxTextCtrl* new_password_again_ = nullptr;
    wxStaticText* new_password_error_ = nullptr;
    wxRadioBox* language_ = nullptr;
    bool busy_ = false;
    bool changing_ = false;
};

}  // namespace td::app
