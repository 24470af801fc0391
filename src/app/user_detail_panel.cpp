#include "user_detail_panel.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "application_list.h"
#include "i18n.h"
#include "intake_dialog.h"
#include "list_keys.h"
#include "message_line.h"
#include "status_words.h"
#include "td/core/customer_service.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {

UserDetailPanel::UserDetailPanel(wxWindow* parent, Session& session) : session_(session) {
    wxXmlResource::Get()->LoadPanel(this, parent, "user_detail_panel");
    message_ = find_control<MessageLine>(this, "message");
    login_ = find_control<wxStaticText>(this, "user_login_id");
    state_ = find_control<wxStaticText>(this, "user_state");
    name_ = find_control<wxStaticText>(this, "user_name");
    kind_ = find_control<wxStaticText>(this, "user_kind");
    contract_ = find_control<wxStaticText>(this, "user_contract");
    company_ = find_control<wxStaticText>(this, "user_company");
    email_ = find_control<wxStaticText>(this, "user_email");
    reissue_ = find_control<wxStaticText>(this, "user_reissue");
    tokens_ = find_control<wxListCtrl>(this, "user_tokens");
    history_ = find_control<ApplicationList>(this, "user_history");

    const std::pair<Procedure, const char*> buttons[] = {
        {Procedure::software_token, "apply_software_token"},
        {Procedure::hardware_token, "apply_hardware_token"},
        {Procedure::unlock, "apply_unlock"},
        {Procedure::revoke, "apply_revoke"},
        {Procedure::misuse_report, "apply_misuse_report"},
        {Procedure::contract_update, "apply_contract_update"},
    };
    for (const auto& [procedure, name] : buttons)
        find_control<wxButton>(this, name)
            ->Bind(wxEVT_BUTTON, [this, p = procedure](wxCommandEvent&) { start_intake(p); });
}

void UserDetailPanel::start_intake(Procedure procedure) {
    if (login_id_.empty()) return;
    if (procedure == Procedure::contract_update && shown_contract_.number.empty()) return;
    // A correction starts from the contract as the last look showed it.
    IntakeDialog dialog(this, session_, procedure, login_id_,
                        procedure == Procedure::contract_update ? &shown_contract_ : nullptr);
    dialog.ShowModal();
    if (dialog.done()) refresh();
}

void UserDetailPanel::show_user(const std::string& login_id) {
    login_id_ = login_id;
    if (login_id.empty()) return;
    session_.runner.run<core::Outcome<core::UserView>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, login_id] {
            return core::CustomerService(ctx).show_user(actor, login_id);
        },
        [this, login_id](core::Outcome<core::UserView>& outcome) {
            if (login_id != login_id_) return;  // another user was opened meanwhile
            ++answers_;
            if (!outcome) {
                message_->set(refusal_text(outcome.refusal()));
                return;
            }
            message_->set({});
            const core::UserView& v = outcome.value();
            const StatusLook look = user_status(v.user.otp_state);
            login_->SetLabel(from_utf8(v.user.login_id));
            state_->SetLabel(look.words);
            state_->SetForegroundColour(look.colour);
            name_->SetLabel(from_utf8(v.user.name));
            kind_->SetLabel(user_kind_words(v.user.kind));
            shown_contract_ = v.contract;
            // A closed contract says so beside its number: it takes no procedure any more.
            contract_->SetLabel(
                v.contract.closed_at
                    ? wxString::Format(_("%s (closed %s)"), from_utf8(v.contract.number),
                                       japan_time_text(*v.contract.closed_at))
                    : from_utf8(v.contract.number));
            company_->SetLabel(from_utf8(v.contract.company_name));
            email_->SetLabel(from_utf8(v.user.mobile_email));
            reissue_->SetLabel(v.earliest_issue_at ? japan_time_text(*v.earliest_issue_at)
                                                   : _("No restriction"));
            reissue_->SetForegroundColour(v.earliest_issue_at ? wxColour(0xa8, 0x5a, 0x00)
                                                              : GetForegroundColour());
            tokens_->DeleteAllItems();
            long row = 0;
            for (const auto& t : v.tokens) {
                const StatusLook tl = token_status(t.state);
                tokens_->InsertItem(row, token_kind_words(t.kind));
                tokens_->SetItem(row, 1, tl.words);
                tokens_->SetItem(row, 2, from_utf8(t.service_id));
                tokens_->SetItem(row, 3, from_utf8(t.token_user_id));
                tokens_->SetItem(row, 4, japan_time_text(t.issued_at));
                tokens_->SetItem(row, 5, t.ended_at ? japan_time_text(*t.ended_at) : wxString());
                tokens_->SetItemTextColour(row, tl.colour);
                ++row;
            }
            make_first_row_current(tokens_);
            history_->show(v.applications);
            Layout();
        });
}

}  // namespace td::app
