#include "intake_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "document_output.h"
#include "half_width.h"
#include "i18n.h"
#include "message_line.h"
#include "procedure.h"
#include "status_words.h"
#include "td/core/stock_service.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {
namespace {

// DOMAIN.md's revoke reasons, in the order a teller asks about them.
const char* const kReasons[] = {"lost",         "stolen",      "broken",
                                "model_change", "app_deleted", "returned"};

// The input step's grid holds every procedure's own rows: a row of another procedure goes, with
// its label or the spacer standing in for one.
void drop_row(wxWindow* field) {
    wxSizer* grid = field->GetContainingSizer();
    for (std::size_t i = 1; i < grid->GetItemCount(); ++i) {
        if (grid->GetItem(i)->GetWindow() != field) continue;
        if (wxWindow* label = grid->GetItem(i - 1)->GetWindow())
            label->Destroy();
        else
            grid->Remove(static_cast<int>(i - 1));
        break;
    }
    field->Destroy();
}

}  // namespace

IntakeDialog::IntakeDialog(wxWindow* parent, Session& session, Procedure procedure,
                           const std::string& login_id, const core::Contract* contract)
    : session_(session), procedure_(procedure), login_id_(login_id) {
    if (contract) contract_ = *contract;
    wxXmlResource::Get()->LoadDialog(this, parent, "intake_dialog");
    SetTitle(procedure_words(procedure) + " - " + from_utf8(login_id));
    message_ = find_control<MessageLine>(this, "message");
    steps_ = find_control<wxSimplebook>(this, "steps");
    confirm_text_ = find_control<wxStaticText>(this, "confirm_text");
    result_ = find_control<wxStaticText>(this, "result_text");
    back_ = find_control<wxButton>(this, "back");
    next_ = find_control<wxButton>(this, "next");
    build_input(find_control<wxPanel>(this, "input_step"));
    GetSizer()->SetSizeHints(this);

    back_->Bind(wxEVT_BUTTON, &IntakeDialog::on_back, this);
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        switch (steps_->GetSelection()) {
            case 0:
                to_confirm();
                break;
            case 1:
                execute();
                break;
            default:
                EndModal(wxID_OK);
        }
    });
}

void IntakeDialog::build_input(wxWindow* page) {
    received_ = find_control<wxTextCtrl>(page, "received");
    seal_ = find_control<wxCheckBox>(page, "seal");
    identity_ = find_control<wxCheckBox>(page, "identity");
    visitor_ = find_control<wxTextCtrl>(page, "visitor");
    visitor_role_ = find_control<wxChoice>(page, "visitor_role");
    memo_ = find_control<wxTextCtrl>(page, "memo");
    reason_ = find_control<wxChoice>(page, "reason");
    details_ = find_control<wxTextCtrl>(page, "details");
    password_ = find_control<wxTextCtrl>(page, "password");
    password_again_ = find_control<wxTextCtrl>(page, "password_again");
    password_source_ = find_control<wxChoice>(page, "password_source");
    serial_ = find_control<wxChoice>(page, "serial");
    for (const char* field : {"company", "company_kana", "representative_title", "representative",
                              "postal", "address", "phone"}) {
        const std::string name =
            std::string("contract_") + (std::string(field) == "company_kana" ? "kana" : field);
        contract_fields_.emplace_back(field, find_control<wxTextCtrl>(page, name.c_str()));
    }
    convert_digits_on_leave(received_);
    // The steps test these for null: only the procedure's own fields stay.
    auto drop = [](auto*& field) {
        drop_row(field);
        field = nullptr;
    };
    if (procedure_ != Procedure::revoke) drop(reason_);
    if (procedure_ != Procedure::misuse_report) drop(details_);
    if (procedure_ == Procedure::hardware_token)
        load_stock();
    else
        drop(serial_);
    if (procedure_ == Procedure::software_token) {
        convert_digits_on_leave(password_);
        convert_digits_on_leave(password_again_);
        password_source_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
            password_->Enable(keyed_in());
            password_again_->Enable(keyed_in());
        });
    } else {
        drop(password_);
        drop(password_again_);
        drop(password_source_);
    }
    if (procedure_ == Procedure::contract_update) {
        // Filled with what is registered: the teller corrects what the customer's notice of
        // change says, and core keeps only the fields that differ.
        for (auto& [field, ctrl] : contract_fields_)
            ctrl->ChangeValue(from_utf8(core::contract_field(contract_, field)));
        for (const char* digits : {"postal", "phone"})
            convert_digits_on_leave(contract_field(digits));
    } else {
        for (auto& [field, ctrl] : contract_fields_) drop(ctrl);
        contract_fields_.clear();
    }
    // Its size was taken at load time, with every procedure's rows.
    page->InvalidateBestSize();
}

bool IntakeDialog::keyed_in() const {
    return password_source_ && password_source_->GetSelection() == kKeyedIn;
}

wxTextCtrl* IntakeDialog::contract_field(const std::string& field) const {
    for (const auto& [name, ctrl] : contract_fields_)
        if (name == field) return ctrl;
    return nullptr;
}

core::FormInput IntakeDialog::form() const {
    core::FormInput f;
    f.received_date = to_utf8(received_->GetValue().Strip(wxString::both));
    f.seal_checked = seal_->GetValue();
    f.identity_checked = identity_->GetValue();
    f.visitor_name = to_utf8(visitor_->GetValue().Strip(wxString::both));
    f.visitor_role = visitor_role_->GetSelection() == 1 ? "agent" : "principal";
    f.memo = to_utf8(memo_->GetValue());
    return f;
}

bool IntakeDialog::to_confirm() {
    // The desktop asks for both written-form checks before confirming (architecture.md); core
    // records a missing one as a warning for entries from elsewhere.
    if (!seal_->GetValue() || !identity_->GetValue()) {
        show_problem(_("Check the registered seal and the identity before confirming."));
        (seal_->GetValue() ? identity_ : seal_)->SetFocus();
        return false;
    }
    if (serial_ && (stock_empty_ || serial_->GetSelection() == wxNOT_FOUND)) {
        show_problem(_("Pick the serial No. of the hardware token handed over."));
        serial_->SetFocus();
        return false;
    }
    if (password_ && keyed_in() && password_->GetValue() != password_again_->GetValue()) {
        show_problem(_("The two usage-start passwords differ."));
        password_again_->SetFocus();
        return false;
    }
    message_->set({});
    confirm_text_->SetLabel(summary());
    steps_->SetSelection(1);
    next_->SetLabel(_("Execute"));
    // The key that confirmed must not execute when pressed again: Back takes the keyboard, so
    // executing is a deliberate Tab and Enter on 実行.
    back_->SetFocus();
    Layout();
    return true;
}

void IntakeDialog::on_back(wxCommandEvent&) {
    if (steps_->GetSelection() == 1)
        back_to_input();
    else if (IsModal())
        EndModal(wxID_CANCEL);
    else
        Destroy();
}

void IntakeDialog::print_form(std::function<void(const std::string&)> saved) {
    const std::string type = form_type(procedure_);
    print_document(
        this, session_,
        [actor = session_.actor, type, login = login_id_, lang = ui_language()](
            core::DocumentService& d) { return d.written_form(actor, type, login, lang); },
        "form-" + std::to_string(application_id_), std::move(saved));
}

void IntakeDialog::back_to_input() {
    steps_->SetSelection(0);
    next_->SetLabel(_("Confirm"));
}

wxString IntakeDialog::summary() const {
    const core::FormInput f = form();
    wxString t;
    t << _("Procedure") << ": " << procedure_words(procedure_) << "\n"
      << _("Login ID") << ": " << from_utf8(login_id_) << "\n"
      << _("Form received") << ": "
      << (f.received_date.empty() ? _("today") : from_utf8(f.received_date)) << "\n"
      << _("Visitor") << ": " << from_utf8(f.visitor_name) << " ("
      << visitor_role_->GetStringSelection() << ")\n";
    if (serial_) t << _("Serial No.") << ": " << serial_->GetStringSelection() << "\n";
    if (reason_) t << _("Reason") << ": " << reason_->GetStringSelection() << "\n";
    if (details_) t << _("Details") << ": " << details_->GetValue() << "\n";
    if (password_source_)
        t << _("Usage-start password") << ": "
          << (keyed_in()                                       ? _("keyed in by the customer")
              : password_source_->GetSelection() == kGenerated ? _("generated")
                                                               : _("set by the customer online"))
          << "\n";
    // What the correction changes, before → after; unchanged fields are not listed.
    for (const auto& [field, ctrl] : contract_fields_) {
        const wxString before = from_utf8(core::contract_field(contract_, field));
        const wxString after = ctrl->GetValue().Strip(wxString::both);
        if (after != before.Strip(wxString::both))
            t << from_utf8(core::field_label(field, ui_language())) << ": " << before
              << wxString::FromUTF8(" → ") << after << "\n";
    }
    return t;
}

void IntakeDialog::execute() {
    if (running_) return;
    running_ = true;
    const core::FormInput f = form();
    const Procedure p = procedure_;
    const std::string login = login_id_;
    ProcedureFields fields;
    fields.reason = reason_ ? kReasons[reason_->GetSelection()] : "";
    fields.details = details_ ? to_utf8(details_->GetValue()) : "";
    fields.start_password = password_ && keyed_in() ? to_utf8(password_->GetValue()) : "";
    fields.generate_start_password =
        password_source_ && password_source_->GetSelection() == kGenerated;
    fields.online = password_source_ && password_source_->GetSelection() == kOnline;
    fields.serial = serial_ ? to_utf8(serial_->GetStringSelection()) : "";
    fields.contract_number = contract_.number;
    for (const auto& [field, ctrl] : contract_fields_) {
        auto& slot = field == "company"                ? fields.contract.company_name
                     : field == "company_kana"         ? fields.contract.company_kana
                     : field == "representative_title" ? fields.contract.representative_title
                     : field == "representative"       ? fields.contract.representative_name
                     : field == "postal"               ? fields.contract.postal_code
                     : field == "address"              ? fields.contract.address
                                                       : fields.contract.phone;
        // Only what the teller changed is sent: a field left as registered is not checked
        // again (an old value that would no longer pass must not block correcting another).
        const wxString registered = from_utf8(core::contract_field(contract_, field));
        const wxString typed = ctrl->GetValue().Strip(wxString::both);
        if (typed != registered.Strip(wxString::both)) slot = to_utf8(typed);
    }
    session_.runner.run<core::Outcome<core::IntakeResult>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, f, p, login, fields] {
            return apply_procedure(ctx, actor, p, login, f, fields);
        },
        [this](core::Outcome<core::IntakeResult>& outcome) {
            running_ = false;
            if (!outcome) {
                back_to_input();
                show_problem(refusal_text(outcome.refusal()));
                return;
            }
            show_result(outcome.value());
        });
}

void IntakeDialog::load_stock() {
    // Intake is taken at the contract's home branch only (core refuses the others), so the
    // devices to hand over are those in stock at the teller's own branch.
    serial_->Disable();
    next_->Disable();
    core::DeviceFilter in_stock{.branch_code = session_.actor.branch_code,
                                .state = core::DeviceState::in_stock};
    session_.runner.run<core::Outcome<std::vector<core::Device>>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, in_stock] {
            return core::StockService(ctx).list(actor, in_stock);
        },
        [this](core::Outcome<std::vector<core::Device>>& devices) {
            stock_loaded_ = true;
            serial_->Clear();
            if (!devices) return show_problem(refusal_text(devices.refusal()));
            stock_empty_ = devices.value().empty();
            if (stock_empty_) {
                serial_->Append(_("No hardware token in stock"));
                serial_->SetSelection(0);
            } else {
                for (const auto& d : devices.value()) serial_->Append(from_utf8(d.serial));
                serial_->Enable();
                next_->Enable();
            }
            Layout();
            Fit();
        });
}

void IntakeDialog::show_problem(const wxString& text) {
    message_->set(text);
    // The message line takes room it did not have: grow rather than clip the last rows.
    Layout();
    Fit();
}

void IntakeDialog::show_result(const core::IntakeResult& r) {
    done_ = true;
    application_id_ = r.application.id;
    wxString t =
        wxString::Format(_("Entered as No. %lld: %s."), static_cast<long long>(r.application.id),
                         application_status(r.application.state).words);
    t << "\n";
    // Shown once, for the customer to note; it is never shown again.
    if (r.generated_start_password)
        t << _("Usage-start password (tell the customer now; it is not shown again)") << ": "
          << from_utf8(*r.generated_start_password) << "\n";
    if (r.application.online_issuance)
        t << _("After the approval, the master user issues the token in internet banking, "
               "choosing the usage-start password there; the app's download URL is mailed to "
               "the phone.")
          << "\n";
    if (serial_)
        t << _("Serial No.") << ": " << from_utf8(r.application.serial) << "  "
          << _("(hand it over after the approval)") << "\n";
    for (const auto& w : r.warnings) t << "! " << warning_words(w) << "\n";
    result_->SetLabel(t);
    steps_->SetSelection(2);
    back_->Unbind(wxEVT_BUTTON, &IntakeDialog::on_back, this);
    if (*form_type(procedure_) == '\0') {
        back_->Hide();  // no pre-filled form: the customer's own notice of change is the form
    } else {
        // The customer signs the pre-filled form before leaving the counter.
        back_->SetLabel(_("Print the form"));
        back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print_form(); });
    }
    next_->SetLabel(_("To the home page"));
    Layout();
    Fit();
}

}  // namespace td::app
