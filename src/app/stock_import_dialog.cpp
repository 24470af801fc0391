#include "stock_import_dialog.h"

#include <wx/button.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "half_width.h"
#include "message_line.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {

StockImportDialog::StockImportDialog(wxWindow* parent, const wxString& file,
                                     const std::string& branch_code) {
    wxXmlResource::Get()->LoadDialog(this, parent, "stock_import_dialog");
    message_ = find_control<MessageLine>(this, "import_message");
    branch_ = find_control<wxTextCtrl>(this, "import_branch");
    kind_ = find_control<wxRadioBox>(this, "import_key_kind");
    key_ = find_control<wxTextCtrl>(this, "import_key");
    passphrase_ = find_control<wxTextCtrl>(this, "import_passphrase");
    find_control<wxStaticText>(this, "import_file")->SetLabel(file);
    branch_->ChangeValue(from_utf8(branch_code));
    convert_digits_on_leave(branch_);
    convert_digits_on_leave(key_);
    kind_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { kind_changed(); });
    find_control<wxButton>(this, "import_ok")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (check()) EndModal(wxID_OK);
    });
    find_control<wxButton>(this, "import_cancel")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        EndModal(wxID_CANCEL);
    });
    SetEscapeId(XRCID("import_cancel"));
    kind_changed();
    GetSizer()->SetSizeHints(this);
}

void StockImportDialog::kind_changed() {
    const int kind = kind_->GetSelection();
    key_->Show(kind != passphrase);
    key_->Enable(kind == key_hex);
    passphrase_->Show(kind == passphrase);
    Layout();
}

bool StockImportDialog::check() {
    if (branch_->GetValue().Strip(wxString::both).empty()) {
        message_->set(_("Enter the code of the branch receiving the devices."));
        branch_->SetFocus();
        return false;
    }
    const int kind = kind_->GetSelection();
    wxTextCtrl* secret = kind == passphrase ? passphrase_ : key_;
    if (kind != none && secret->GetValue().empty()) {
        message_->set(kind == passphrase ? _("Enter the passphrase of the file.")
                                         : _("Enter the decryption key of the file."));
        secret->SetFocus();
        return false;
    }
    message_->set({});
    return true;
}

StockImport StockImportDialog::choice() const {
    StockImport s;
    s.branch_code = to_utf8(half_width_digits(branch_->GetValue()).Strip(wxString::both));
    switch (kind_->GetSelection()) {
        case key_hex: {
            wxString hex = half_width_digits(key_->GetValue());
            hex.Replace(" ", "");
            s.key.key_hex = to_utf8(hex);
            break;
        }
        case passphrase:
            s.key.passphrase = to_utf8(passphrase_->GetValue());
            break;
        default:
            break;
    }
    return s;
}

}  // namespace td::app
