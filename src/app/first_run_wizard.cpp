#include "first_run_wizard.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {

FirstRunWizard::FirstRunWizard(wxWindow* parent, const FirstRunValues& start,
                               const wxString& problem) {
    wxXmlResource::Get()->LoadObject(this, parent, "first_run_wizard", "wxWizard");
    branch_page_ = find_control<wxWizardPageSimple>(this, "branch_page");
    // GTK labels its stock Cancel button from the C locale, which may not be Japanese.
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));
    auto* admin_page = find_control<wxWizardPageSimple>(this, "admin_page");
    if (!problem.empty()) {
        auto* text = find_control<wxStaticText>(branch_page_, "problem");
        text->SetLabel(problem);
        text->Wrap(460);
        text->Show();
    }
    code_ = find_control<wxTextCtrl>(branch_page_, "branch_code");
    name_ = find_control<wxTextCtrl>(branch_page_, "branch_name");
    address_ = find_control<wxTextCtrl>(branch_page_, "branch_address");
    phone_ = find_control<wxTextCtrl>(branch_page_, "branch_phone");
    admin_id_ = find_control<wxTextCtrl>(admin_page, "admin_id");
    admin_name_ = find_control<wxTextCtrl>(admin_page, "admin_name");
    password_ = find_control<wxTextCtrl>(admin_page, "admin_password");
    password_again_ = find_control<wxTextCtrl>(admin_page, "admin_password_again");
    auto* second_page = find_control<wxWizardPageSimple>(this, "second_admin_page");
    second_id_ = find_control<wxTextCtrl>(second_page, "second_admin_id");
    second_name_ = find_control<wxTextCtrl>(second_page, "second_admin_name");
    second_password_ = find_control<wxTextCtrl>(second_page, "second_admin_password");
    second_password_again_ = find_control<wxTextCtrl>(second_page, "second_admin_password_again");
    code_->ChangeValue(from_utf8(start.branch.code));
    name_->ChangeValue(from_utf8(start.branch.name));
    address_->ChangeValue(from_utf8(start.branch.address));
    phone_->ChangeValue(from_utf8(start.branch.phone));
    admin_id_->ChangeValue(from_utf8(start.admin.id));
    admin_name_->ChangeValue(from_utf8(start.admin.name));
    if (start.second_admin) {
        second_id_->ChangeValue(from_utf8(start.second_admin->id));
        second_name_->ChangeValue(from_utf8(start.second_admin->name));
    }
    // Its size was taken at load time, before the problem text showed.
    branch_page_->InvalidateBestSize();
    GetPageAreaSizer()->Add(branch_page_);

    // Typing the password twice is input collection, not a rule: core checks its length.
    Bind(wxEVT_WIZARD_BEFORE_PAGE_CHANGED, [this, admin_page, second_page](wxWizardEvent& e) {
        if (!e.GetDirection()) return;
        wxTextCtrl* again = e.GetPage() == admin_page    ? password_again_
                            : e.GetPage() == second_page ? second_password_again_
                                                         : nullptr;
        wxTextCtrl* first = again == password_again_ ? password_ : second_password_;
        if (again && first->GetValue() != again->GetValue()) {
            wxMessageBox(_("The two passwords differ."), GetTitle(), wxOK | wxICON_WARNING, this);
            again->SetFocus();
            e.Veto();
        }
    });
}

bool FirstRunWizard::run(FirstRunValues& out) {
    if (!RunWizard(branch_page_)) return false;
    out.branch = {to_utf8(code_->GetValue()), to_utf8(name_->GetValue()),
                  to_utf8(address_->GetValue()), to_utf8(phone_->GetValue())};
    out.admin = {to_utf8(admin_id_->GetValue()), to_utf8(admin_name_->GetValue()), out.branch.code,
                 "admin", to_utf8(password_->GetValue())};
    out.second_admin.reset();
    if (!second_id_->GetValue().Strip(wxString::both).empty())
        out.second_admin = core::AddStaffRequest{
            to_utf8(second_id_->GetValue()), to_utf8(second_name_->GetValue()), out.branch.code,
            "admin", to_utf8(second_password_->GetValue())};
    return true;
}

}  // namespace td::app
