#include "first_run_wizard.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "wx_text.h"

namespace td::app {
namespace {

wxTextCtrl* add_field(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                      const std::string& value, long style = 0) {
    grid->Add(new wxStaticText(page, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    auto* field =
        new wxTextCtrl(page, wxID_ANY, from_utf8(value), wxDefaultPosition, wxSize(300, -1), style);
    grid->Add(field, 1, wxEXPAND);
    return field;
}

wxFlexGridSizer* page_layout(wxWizardPageSimple* page, const wxString& intro,
                             const wxString& problem) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* text = new wxStaticText(page, wxID_ANY, intro);
    text->Wrap(460);
    sizer->Add(text, 0, wxBOTTOM, 12);
    if (!problem.empty()) {
        auto* p = new wxStaticText(page, wxID_ANY, problem);
        p->SetForegroundColour(wxColour(0xc0, 0x1c, 0x1c));
        p->Wrap(460);
        sizer->Add(p, 0, wxBOTTOM, 12);
    }
    auto* grid = new wxFlexGridSizer(2, 8, 12);
    grid->AddGrowableCol(1);
    sizer->Add(grid, 0, wxEXPAND);
    page->SetSizer(sizer);
    return grid;
}

}  // namespace

FirstRunWizard::FirstRunWizard(wxWindow* parent, const FirstRunValues& start,
                               const wxString& problem)
    : wxWizard(parent, wxID_ANY, _("TokenDesk - first run")) {
    branch_page_ = new wxWizardPageSimple(this);
    auto* g1 = page_layout(branch_page_,
                           _("This database is empty. Register the first branch; more branches "
                             "and staff can be added later by the administrator."),
                           problem);
    code_ = add_field(branch_page_, g1, _("Branch code (3 digits)"), start.branch.code);
    name_ = add_field(branch_page_, g1, _("Branch name"), start.branch.name);
    address_ = add_field(branch_page_, g1, _("Address"), start.branch.address);
    phone_ = add_field(branch_page_, g1, _("Phone"), start.branch.phone);

    auto* admin_page = new wxWizardPageSimple(this);
    auto* g2 = page_layout(admin_page,
                           _("Register the administrator of this branch. The administrator "
                             "adds tellers and managers."),
                           {});
    admin_id_ = add_field(admin_page, g2, _("Staff ID"), start.admin.id);
    admin_name_ = add_field(admin_page, g2, _("Name"), start.admin.name);
    password_ = add_field(admin_page, g2, _("Password"), {}, wxTE_PASSWORD);
    password_again_ = add_field(admin_page, g2, _("Password (again)"), {}, wxTE_PASSWORD);
    wxWizardPageSimple::Chain(branch_page_, admin_page);
    GetPageAreaSizer()->Add(branch_page_);

    // Typing the password twice is input collection, not a rule: core checks its length.
    Bind(wxEVT_WIZARD_BEFORE_PAGE_CHANGED, [this, admin_page](wxWizardEvent& e) {
        if (e.GetPage() == admin_page && e.GetDirection() &&
            password_->GetValue() != password_again_->GetValue()) {
            wxMessageBox(_("The two passwords differ."), GetTitle(), wxOK | wxICON_WARNING, this);
            password_again_->SetFocus();
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
    return true;
}

}  // namespace td::app
