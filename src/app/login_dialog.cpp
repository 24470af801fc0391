#include "login_dialog.h"

#include <wx/button.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "i18n.h"
#include "td/core/staff_service.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {

LoginDialog* LoginDialog::open(wxWindow* parent, Desk& desk, TaskRunner& runner, LoginMode mode,
                               const wxString& staff_id, LoginHooks hooks) {
    auto* d = new LoginDialog(parent, desk, runner, mode, std::move(hooks));
    d->staff_id_->ChangeValue(staff_id);
    d->Show();
    (staff_id.empty() ? d->staff_id_ : d->password_)->SetFocus();
    return d;
}

LoginDialog::LoginDialog(wxWindow* parent, Desk& desk, TaskRunner& runner, LoginMode mode,
                         LoginHooks hooks)
    : parent_(parent), desk_(desk), runner_(runner), mode_(mode), hooks_(std::move(hooks)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "login_dialog");
    staff_id_ = find_control<wxTextCtrl>(this, "staff_id");
    password_ = find_control<wxTextCtrl>(this, "password");
    staff_id_error_ = find_control<wxStaticText>(this, "staff_id_error");
    password_error_ = find_control<wxStaticText>(this, "password_error");
    language_ = find_control<wxRadioBox>(this, "language");
    if (mode_ == LoginMode::screen_locked) {
        SetTitle(_("TokenDesk - screen locked"));
        find_control<wxStaticText>(this, "heading")
            ->SetLabel(
                _("Screen locked: enter your password, or sign in as another member of staff"));
        find_control<wxButton>(this, "quit")->SetLabel(_("Sign out and quit"));
    }
    language_->SetSelection(ui_language() == core::Language::ja ? 0 : 1);
    language_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { on_language_choice(); });
    find_control<wxButton>(this, "sign_in")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        submit();
    });
    find_control<wxButton>(this, "quit")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { quit(); });
    staff_id_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { password_->SetFocus(); });
    password_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { quit(); });
    GetSizer()->SetSizeHints(this);
    Layout();
    CentreOnScreen();
}

void LoginDialog::submit() {
    if (busy_) return;
    staff_id_error_->SetLabel({});
    password_error_->SetLabel({});
    const std::string id = to_utf8(staff_id_->GetValue().Strip(wxString::both));
    const std::string password = to_utf8(password_->GetValue());
    busy_ = true;
    runner_.run<core::Outcome<core::Actor>>(
        this,
        [ctx = desk_.context(), id, password] {
            return core::StaffService(ctx).sign_in(id, password);
        },
        [this](core::Outcome<core::Actor>& outcome) { on_signed_in(outcome); },
        [this](const std::string& fault) {
            busy_ = false;
            password_error_->SetLabel(from_utf8(fault));
        });
}

void LoginDialog::on_signed_in(const core::Outcome<core::Actor>& outcome) {
    busy_ = false;
    if (!outcome) {
        // Core names the field: a lock is the staff ID's, a failure (unknown ID or wrong
        // password, deliberately not told apart) the password's.
        const bool on_id = outcome.refusal().field == "staff_id";
        (on_id ? staff_id_error_ : password_error_)->SetLabel(refusal_text(outcome.refusal()));
        (on_id ? staff_id_ : password_)->SetFocus();
        password_->Clear();
        Layout();
        return;
    }
    auto signed_in = hooks_.signed_in;
    Destroy();
    if (signed_in) signed_in(outcome.value());
}

void LoginDialog::on_language_choice() {
    set_ui_language(language_->GetSelection() == 0 ? core::Language::ja : core::Language::en);
    // The labels were translated when the layout was loaded: reopen it in the new language.
    open(parent_, desk_, runner_, mode_, staff_id_->GetValue(), hooks_);
    Destroy();
}

void LoginDialog::quit() {
    auto quit_hook = hooks_.quit;
    Destroy();
    if (quit_hook) quit_hook();
}

}  // namespace td::app
