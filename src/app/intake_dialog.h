#pragma once
// Intake of a procedure for one user (申込受付): input → confirm → result in one dialog
// (forms/intake_dialog.xrc). It collects the written form's facts and the procedure's fields,
// hands them to ApplicationService, and shows core's refusal next to the field it names.
#include <wx/dialog.h>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "procedure.h"
#include "session.h"
#include "td/core/application_service.h"

class wxCheckBox;
class wxChoice;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;
class wxButton;

namespace td::app {

class MessageLine;

class IntakeDialog : public wxDialog {
  public:
    // `contract`: for a contract update, the contract as registered (its fields start filled).
    IntakeDialog(wxWindow* parent, Session& session, Procedure procedure,
                 const std::string& login_id, const core::Contract* contract = nullptr);

    // The steps, also driven by the tests.
    bool to_confirm();  // false (and a message) while the input is incomplete
    void back_to_input();
    void execute();
    // The pre-filled written form for the customer's signature (result step).
    void print_form(std::function<void(const std::string& path)> saved = {});
    bool done() const { return done_; }
    std::int64_t application_id() const { return application_id_; }
    wxStaticText* result_text() const { return result_; }
    wxStaticText* confirm_text() const { return confirm_text_; }
    MessageLine* message() const { return message_; }

    wxTextCtrl* visitor_field() const { return visitor_; }
    wxCheckBox* seal_box() const { return seal_; }
    wxCheckBox* identity_box() const { return identity_; }
    wxTextCtrl* password_field() const { return password_; }
    wxTextCtrl* password_again_field() const { return password_again_; }
    // 0: keyed in by the customer, 1: generated, 2: the customer issues online.
    wxChoice* password_source() const { return password_source_; }
    wxTextCtrl* details_field() const { return details_; }
    // Contract update: the field holding the named contract field ("company", "address", …).
    wxTextCtrl* contract_field(const std::string& field) const;
    // Hardware token: the serial numbers in the branch's stock, filled on the worker.
    wxChoice* serial_choice() const { return serial_; }
    bool stock_loaded() const { return stock_loaded_; }

  private:
    // The entries of password_source, in order.
    static constexpr int kKeyedIn = 0, kGenerated = 1, kOnline = 2;
    bool keyed_in() const;
    void show_problem(const wxString& text);
    void on_back(wxCommandEvent& e);
    void build_input(wxWindow* page);
    wxString summary() const;
    core::FormInput form() const;
    void show_result(const core::IntakeResult& r);
    void load_stock();

    Session& session_;
    Procedure procedure_;
    std::string login_id_;
    wxSimplebook* steps_ = nullptr;
    MessageLine* message_ = nullptr;
    wxTextCtrl* received_ = nullptr;
    wxCheckBox* seal_ = nullptr;
    wxCheckBox* identity_ = nullptr;
    wxTextCtrl* visitor_ = nullptr;
    wxChoice* visitor_role_ = nullptr;
    wxTextCtrl* memo_ = nullptr;
    wxChoice* reason_ = nullptr;
    wxTextCtrl* details_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxTextCtrl* password_again_ = nullptr;
    wxChoice* password_source_ = nullptr;
    wxChoice* serial_ = nullptr;
    // Contract update: the contract as registered and one field per detail, by core's field
    // names (company, company_kana, representative_title, representative, postal, address,
    // phone); empty for the other procedures.
    core::Contract contract_;
    std::vector<std::pair<std::string, wxTextCtrl*>> contract_fields_;
    bool stock_loaded_ = false;
    bool stock_empty_ = false;
    wxStaticText* confirm_text_ = nullptr;
    wxStaticText* result_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* next_ = nullptr;
    bool done_ = false;
    bool running_ = false;
    std::int64_t application_id_ = 0;
};

}  // namespace td::app
