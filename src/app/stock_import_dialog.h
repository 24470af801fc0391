#pragma once
// Before a vendor's seed file is imported (forms/stock_import_dialog.xrc): the branch receiving
// the devices and how the file is protected (a hexadecimal key, a passphrase, or none). It only
// collects them; reading the file and the import itself run on the worker (StockPanel).
#include <wx/dialog.h>

#include <string>

#include "td/runtime/seed_file.h"

class wxRadioBox;
class wxStaticText;
class wxTextCtrl;

namespace td::app {

class MessageLine;

// What the administrator chose, for StockPanel::run_import.
struct StockImport {
    std::string branch_code;
    runtime::SeedFileKey key;
};

class StockImportDialog : public wxDialog {
  public:
    // In the order of the layout's radio box.
    enum KeyKind { key_hex = 0, passphrase = 1, none = 2 };

    StockImportDialog(wxWindow* parent, const wxString& file, const std::string& branch_code);

    // False (and a message next to the field) while something is missing.
    bool check();
    StockImport choice() const;

    wxTextCtrl* branch_field() const { return branch_; }
    wxRadioBox* key_kind() const { return kind_; }
    wxTextCtrl* key_field() const { return key_; }
    wxTextCtrl* passphrase_field() const { return passphrase_; }
    // Shows the field of the chosen kind (the passphrase masked); the tests call it after
    // setting the radio box, as its event would.
    void kind_changed();

  private:
    MessageLine* message_ = nullptr;
    wxTextCtrl* branch_ = nullptr;
    wxRadioBox* kind_ = nullptr;
    wxTextCtrl* key_ = nullptr;
    wxTextCtrl* passphrase_ = nullptr;
};

}  // namespace td::app
