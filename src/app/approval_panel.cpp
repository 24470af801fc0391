#include "approval_panel.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include "application_list.h"
#include "document_output.h"
#include "entry_change_words.h"
#include "half_width.h"
#include "i18n.h"
#include "message_line.h"
#include "status_words.h"
#include "td/core/inquiry_service.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {
namespace {

wxString yes_no(bool done) {
    return done ? _("checked") : _("NOT checked");
}

// Marked by a symbol and words as well as colour (UI.md: never colour alone).
const wxTextAttr& changed_look() {
    static const wxTextAttr look(wxColour(0x8a, 0x10, 0x10), wxColour(0xff, 0xef, 0x9e));
    return look;
}

}  // namespace

ApprovalPanel::ApprovalPanel(wxWindow* parent, Session& session) : session_(session) {
    wxXmlResource::Get()->LoadPanel(this, parent, "approval_panel");
    message_ = find_control<MessageLine>(this, "approval_message");
    queue_ = find_control<ApplicationList>(this, "approval_queue");
    entry_ = find_control<wxTextCtrl>(this, "approval_entry");
    current_ = find_control<wxTextCtrl>(this, "approval_current");
    result_ = find_control<wxStaticText>(this, "approval_result");
    // After an approval: the letters go to the customer (post, or handed over).
    letter_ = find_control<wxButton>(this, "print_letter");
    notice_ = find_control<wxButton>(this, "print_notice");
    reject_ = find_control<wxButton>(this, "reject");
    approve_ = find_control<wxButton>(this, "approve");

    queue_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        if (const auto* a = queue_->at(e.GetIndex())) {
            selected_kind_ = a->kind;
            selected_serial_ = a->serial;
            select(a->id);
        }
    });
    approve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { confirm_approve(); });
    letter_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print(true); });
    notice_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print(false); });
    reject_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { confirm_reject(); });
}

void ApprovalPanel::refresh() {
    session_.runner.run<core::Outcome<core::HomeSummary>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor] {
            return core::InquiryService(ctx).home(actor);
        },
        [this](core::Outcome<core::HomeSummary>& outcome) {
            ++answers_;
            if (!outcome) return message_->set(refusal_text(outcome.refusal()));
            message_->set({});
            queue_->show(outcome.value().awaiting_approval);  // selects the first
        });
}

void ApprovalPanel::select(std::int64_t id) {
    selected_ = id;
    approve_->Enable();
    reject_->Enable();
    session_.runner.run<core::Outcome<core::ApplicationReview>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, id] {
            return core::review_application(ctx, actor, id);
        },
        [this, id](core::Outcome<core::ApplicationReview>& review) {
            if (id != selected_) return;
            ++answers_;
            if (!review) return message_->set(refusal_text(review.refusal()));
            show_entry(review.value().entry);
            show_current(review.value().now, review.value().changes,
                         review.value().entry.application);
        });
}

void ApprovalPanel::show_entry(const core::ApplicationView& view) {
    const core::Application& a = view.application;
    wxString t;
    t << _("Procedure") << ": " << application_kind_words(a.kind) << "\n"
      << _("Login ID") << ": " << from_utf8(a.login_id) << "\n"
      << _("Contract No.") << ": " << from_utf8(a.contract_number) << "\n";
    if (!a.serial.empty()) t << _("Serial No.") << ": " << from_utf8(a.serial) << "\n";
    t << _("Form received") << ": " << from_utf8(a.form.received_date) << "\n"
      << _("Registered seal") << ": " << yes_no(a.form.seal_checked) << "\n"
      << _("Identity") << ": " << yes_no(a.form.identity_checked) << "\n"
      << _("Visitor") << ": " << from_utf8(a.form.visitor_name) << "\n"
      << _("Maker") << ": " << from_utf8(a.maker_id) << "  " << japan_time_text(a.entered_at)
      << "\n";
    if (!a.details.empty()) t << _("Details") << ": " << from_utf8(a.details) << "\n";
    // A correction: each field it changes, as registered at entry → as it is to read.
    if (!a.contract_changes.empty())
        t << _("Correction (as registered, then as corrected)") << ":\n";
    for (const auto& c : a.contract_changes)
        t << "  " << from_utf8(core::field_label(c.field, ui_language())) << ": "
          << from_utf8(c.before) << wxString::FromUTF8(" → ") << from_utf8(c.after) << "\n";
    if (!a.form.memo.empty()) t << _("Memo") << ": " << from_utf8(a.form.memo) << "\n";
    for (const auto& w : view.warnings) t << "! " << warning_words(w) << "\n";
    entry_->ChangeValue(t);
}

void ApprovalPanel::show_current(const core::UserView& view,
                                 const std::vector<core::EntryChangeItem>& changes,
                                 const core::Application& entry) {
    wxString t;
    t << _("Name") << ": " << from_utf8(view.user.name) << " (" << user_kind_words(view.user.kind)
      << ")\n"
      << _("Company name") << ": " << from_utf8(view.contract.company_name) << "\n"
      << _("State") << ": " << user_status(view.user.otp_state).words << "\n";
    for (const auto& tok : view.tokens)
        t << _("Token") << ": " << token_kind_words(tok.kind) << "  "
          << token_status(tok.state).words << "  " << from_utf8(tok.token_user_id) << "\n";
    if (view.earliest_issue_at)
        t << _("Earliest re-issue") << ": " << japan_time_text(*view.earliest_issue_at) << "\n";
    current_->ChangeValue(t);
    const bool contract_changed = show_contract_now(entry, view.contract);
    current_->AppendText("\n");
    if (changes.empty() && !contract_changed)
        current_->AppendText(_("No change since the entry") + "\n");
    if (changes.empty()) return current_->ShowPosition(0);
    wxString marked;
    marked << wxString::FromUTF8("◆ ") << _("Changed since the entry") << "\n";
    for (const auto& c : changes)
        marked << wxString::FromUTF8("◆ ") << entry_change_words(c) << "\n";
    const long from = current_->GetLastPosition();
    current_->AppendText(marked);
    current_->SetStyle(from, current_->GetLastPosition(), changed_look());
    current_->ShowPosition(0);
}

// A correction is applied only if the contract still reads as it did at entry (core checks it
// again at approval): a field changed since is marked, as every change since entry is.
bool ApprovalPanel::show_contract_now(const core::Application& entry, const core::Contract& now) {
    bool changed = false;
    for (const auto& c : entry.contract_changes) {
        const std::string& current = core::contract_field(now, c.field);
        wxString line;
        line << from_utf8(core::field_label(c.field, ui_language())) << ": " << from_utf8(current);
        if (current == c.before) {
            current_->AppendText(line + "\n");
            continue;
        }
        changed = true;
        const long from = current_->GetLastPosition();
        current_->AppendText(wxString::FromUTF8("◆ ") + line + "  (" +
                             _("changed since the entry") + ")\n");
        current_->SetStyle(from, current_->GetLastPosition(), changed_look());
    }
    return changed;
}

void ApprovalPanel::confirm_approve() {
    if (selected_ == 0) return;
    if (selected_kind_ == core::ApplicationKind::hardware_token) return confirm_hardware_approve();
    wxMessageDialog confirm(
        this,
        wxString::Format(_("Approve application No. %lld?"), static_cast<long long>(selected_)),
        _("Confirm"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("Execute"), _("Back"));
    if (confirm.ShowModal() == wxID_YES) execute_approve(selected_);
}

// The device on the counter proves it is the one entered: its one-time password now. Core checks
// the code; here only its shape, so a slip of the finger is told before the database is asked.
void ApprovalPanel::confirm_hardware_approve() {
    wxTextEntryDialog ask(
        this,
        wxString::Format(_("Approve application No. %lld?\nPress the button of the hardware token "
                           "(serial No. %s) and enter the one-time password it shows now."),
                         static_cast<long long>(selected_), from_utf8(selected_serial_)),
        _("Confirm"));
    if (wxWindow* ok = ask.FindWindow(wxID_OK)) ok->SetLabel(_("Execute"));
    if (wxWindow* back = ask.FindWindow(wxID_CANCEL)) back->SetLabel(_("Back"));
    if (ask.ShowModal() != wxID_OK) return;
    // Core checks the code (6 to 8 half-width digits, the device's own) and says what is wrong.
    execute_approve(selected_, to_utf8(half_width_digits(ask.GetValue()).Strip(wxString::both)));
}

void ApprovalPanel::confirm_reject() {
    if (selected_ == 0) return;
    wxTextEntryDialog ask(this, _("Reason for rejecting (told to the maker)"), _("Reject"));
    if (ask.ShowModal() != wxID_OK) return;
    execute_reject(selected_, to_utf8(ask.GetValue()));
}

// While a decision runs its buttons are dark, and a second request meanwhile (Enter pressed
// again on a dialog's Execute, a key repeat) is dropped instead of deciding twice.
bool ApprovalPanel::deciding() {
    if (!approve_->IsEnabled()) return false;
    approve_->Disable();
    reject_->Disable();
    return true;
}

void ApprovalPanel::execute_approve(std::int64_t id, const std::string& device_code) {
    if (!deciding()) return;
    session_.runner.run<core::Outcome<core::ApplicationView>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, id, device_code] {
            return core::ApplicationService(ctx).approve(actor, id, device_code);
        },
        [this](core::Outcome<core::ApplicationView>& o) { decided(o, true); });
}

void ApprovalPanel::execute_reject(std::int64_t id, const std::string& reason) {
    if (!deciding()) return;
    session_.runner.run<core::Outcome<core::ApplicationView>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, id, reason] {
            return core::ApplicationService(ctx).reject(actor, id, reason);
        },
        [this](core::Outcome<core::ApplicationView>& o) { decided(o, false); });
}

void ApprovalPanel::decided(core::Outcome<core::ApplicationView>& outcome, bool approved) {
    ++answers_;
    if (!outcome) {
        result_->SetLabel({});
        approve_->Enable(selected_ != 0);
        reject_->Enable(selected_ != 0);
        return message_->set(refusal_text(outcome.refusal()));
    }
    message_->set({});
    const core::ApplicationView& v = outcome.value();
    wxString text = wxString::Format(approved ? _("No. %lld approved.") : _("No. %lld rejected."),
                                     static_cast<long long>(v.application.id));
    // The customer needs these two for the initial setup: shown large.
    if (approved && v.token &&
        (v.application.kind == core::ApplicationKind::software_token ||
         v.application.kind == core::ApplicationKind::hardware_token))
        text << "  " << _("Service ID") << " " << from_utf8(v.token->service_id) << "  "
             << _("Token user ID") << " " << from_utf8(v.token->token_user_id);
    result_->SetLabel(text);
    last_approved_ = approved ? v.application.id : 0;
    notice_->Show(approved);
    letter_->Show(approved && v.application.kind == core::ApplicationKind::software_token);
    selected_ = 0;
    approve_->Disable();
    reject_->Disable();
    entry_->Clear();
    current_->Clear();
    refresh();
    Layout();
}

void ApprovalPanel::print(bool activation_letter) {
    if (last_approved_ == 0) return;
    const std::int64_t id = last_approved_;
    print_document(
        this, session_,
        [actor = session_.actor, id, activation_letter,
         lang = ui_language()](core::DocumentService& d) {
            return activation_letter ? d.activation_letter(actor, id, lang)
                                     : d.completion_notice(actor, id, lang);
        },
        (activation_letter ? "activation-letter-" : "notice-") + std::to_string(id));
}

}  // namespace td::app
