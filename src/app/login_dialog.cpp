#include "login_dialog.h"

#include <wx/button.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <optional>

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
    new_password_ = find_control<wxTextCtrl>(this, "new_password");
    new_password_again_ = find_control<wxTextCtrl>(this, "new_password_again");
    new_password_error_ = find_control<wxStaticText>(this, "new_password_error");
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
    find_control<wxButton>(this, "change_password")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show_password_change(!changing_); });
    staff_id_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { password_->SetFocus(); });
    password_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (changing_)
            new_password_->SetFocus();
        else
            submit();
    });
    new_password_->Bind(wxEVT_TEXT_ENTER,
                        [this](wxCommandEvent&) { new_password_again_->SetFocus(); });
    new_password_again_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { quit(); });
    GetSizer()->SetSizeHints(this);
    Layout();
    CentreOnScreen();
}

void LoginDialog::show_error(wxStaticText* where, const wxString& text) {
    // A rule of the new password may take two lines: wrapped to the field's width, and the
    // dialog grown to hold them.
    where->SetLabel(text);
    where->Wrap(new_password_->GetSize().GetWidth());
    GetSizer()->SetSizeHints(this);
    Layout();
}

void LoginDialog::show_password_change(bool open) {
    changing_ = open;
    for (const char* name : {"new_password_label", "new_password", "new_password_again_label",
                             "new_password_again", "new_password_error"})
        FindWindow(name)->Show(open);
    find_control<wxButton>(this, "sign_in")
        ->SetLabel(open ? _("Change and sign in") : _("Sign in"));
    find_control<wxButton>(this, "change_password")
        ->SetLabel(open ? _("Keep my password") : _("Change password"));
    if (!open) {
        new_password_->Clear();
        new_password_again_->Clear();
        new_password_error_->SetLabel({});
    }
    GetSizer()->SetSizeHints(this);
    Layout();
    (open && !password_->IsEmpty() ? new_password_ : password_)->SetFocus();
}

void LoginDialog::submit() {
    if (busy_) return;
    staff_id_error_->SetLabel({});
    password_error_->SetLabel({});
    new_password_error_->SetLabel({});
    const std::string id = to_utf8(staff_id_->GetValue().Strip(wxString::both));
    const std::string password = to_utf8(password_->GetValue());
    std::optional<std::string> new_password;
    if (changing_) {
        if (new_password_->GetValue() != new_password_again_->GetValue()) {
            show_error(new_password_error_,
                       refusal_text(core::refuse("password_mismatch", "new_password")));
            new_password_again_->Clear();
            new_password_again_->SetFocus();
            return;
        }
        new_password = to_utf8(new_password_->GetValue());
    }
    busy_ = true;
    runner_.run<core::Outcome<core::Actor>>(
        this,
        [ctx = desk_.context(), id, password, new_password]() -> core::Outcome<core::Actor> {
            core::StaffService staff(ctx);
            if (new_password) {
                auto changed = staff.change_password(id, password, *new_password);
                if (!changed) return changed.refusal();
                return staff.sign_in(id, *new_password);
            }
            return staff.sign_in(id, password);
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
        const core::Refusal& r = outcome.refusal();
        if (r.code == "password_change_required") {
            // The password was right: keep it, and open the fields for the new one.
            show_password_change(true);
            show_error(new_password_error_, refusal_text(r));
            return;
        }
        // Core names the field: a lock is the staff ID's, a failure (unknown ID or wrong
        // password, deliberately not told apart) the password's, a rule of the new password
        // the new password's.
        if (r.field == "new_password") {
            show_error(new_password_error_, refusal_text(r));
            new_password_->Clear();
            new_password_again_->Clear();
            new_password_->SetFocus();
        } else {
            const bool on_id = r.field == "staff_id";
            (on_id ? staff_id_error_ : password_error_)->SetLabel(refusal_text(r));
            (on_id ? staff_id_ : password_)->SetFocus();
            password_->Clear();
        }
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
