#pragma once
// First run on an empty database: the first branch, its administrator and, if wished, a second
// administrator (dual control from the start), in three pages (forms/first_run_wizard.xrc). The wizard only collects; DeskApp hands the values to
// StaffService and shows its refusals.
#include <wx/wizard.h>

#include <optional>

#include "td/core/staff_service.h"

class wxTextCtrl;

namespace td::app {

struct FirstRunValues {
    core::AddBranchRequest branch;
    core::AddStaffRequest admin;  // role "admin", branch = branch.code
    // The same, when a second administrator was entered.
    std::optional<core::AddStaffRequest> second_admin;
};

class FirstRunWizard : public wxWizard {
  public:
    FirstRunWizard(wxWindow* parent, const FirstRunValues& start, const wxString& problem);
    // False when cancelled; otherwise `out` holds what was entered.
    bool run(FirstRunValues& out);

  private:
    wxWizardPageSimple* branch_page_ = nullptr;
    wxTextCtrl* code_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* address_ = nullptr;
    wxTextCtrl* phone_ = nullptr;
    wxTextCtrl* admin_id_ = nullptr;
    wxTextCtrl* admin_name_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxTextCtrl* password_again_ = nullptr;
    wxTextCtrl* second_id_ = nullptr;
    wxTextCtrl* second_name_ = nullptr;
    wxTextCtrl* second_password_ = nullptr;
    wxTextCtrl* second_password_again_ = nullptr;
};

}  // namespace td::app
