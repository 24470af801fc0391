#include "user_detail_panel.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "application_list.h"
#include "i18n.h"
#include "intake_dialog.h"
#include "message_line.h"
#include "status_words.h"
#include "td/core/customer_service.h"
#include "wx_text.h"

namespace td::app {

UserDetailPanel::UserDetailPanel(wxWindow* parent, Session& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "user_detail_panel"),
      session_(session) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    message_ = new MessageLine(this);
    sizer->Add(message_, 0, wxALL | wxEXPAND, 4);

    auto* facts = new wxFlexGridSizer(4, 6, 16);
    facts->AddGrowableCol(1);
    facts->AddGrowableCol(3);
    login_ = add_fact(facts, _("Login ID"), "user_login_id");
    state_ = add_fact(facts, _("State"), "user_state");
    name_ = add_fact(facts, _("Name"), "user_name");
    kind_ = add_fact(facts, _("User type"), "user_kind");
    contract_ = add_fact(facts, _("Contract No."), "user_contract");
    company_ = add_fact(facts, _("Company name"), "user_company");
    email_ = add_fact(facts, _("Mobile e-mail"), "user_email");
    reissue_ = add_fact(facts, _("Earliest re-issue"), "user_reissue");
    wxFont big = state_->GetFont();
    big.SetWeight(wxFONTWEIGHT_BOLD);
    state_->SetFont(big);
    login_->SetFont(big);
    sizer->Add(facts, 0, wxALL | wxEXPAND, 8);

    // The procedures a teller takes in for this user (申込受付).
    auto* procedures = new wxBoxSizer(wxHORIZONTAL);
    const std::pair<Procedure, wxString> kinds[] = {
        {Procedure::software_token, _("Software token...")},
        {Procedure::unlock, _("Unlock...")},
        {Procedure::revoke, _("Revoke...")},
        {Procedure::misuse_report, _("Misuse report...")},
    };
    for (const auto& [procedure, label] : kinds) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [this, p = procedure](wxCommandEvent&) { start_intake(p); });
        procedures->Add(b, 0, wxRIGHT, 8);
    }
    sizer->Add(procedures, 0, wxLEFT | wxRIGHT, 8);

    sizer->Add(new wxStaticText(this, wxID_ANY, _("Tokens")), 0, wxLEFT | wxTOP, 8);
    tokens_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 120),
                             wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "user_tokens");
    tokens_->AppendColumn(_("Token"), wxLIST_FORMAT_LEFT, 150);
    tokens_->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, 190);
    tokens_->AppendColumn(_("Service ID"), wxLIST_FORMAT_LEFT, 100);
    tokens_->AppendColumn(_("Token user ID"), wxLIST_FORMAT_LEFT, 120);
    tokens_->AppendColumn(_("Issued"), wxLIST_FORMAT_LEFT, 200);
    tokens_->AppendColumn(_("Ended"), wxLIST_FORMAT_LEFT, 200);
    sizer->Add(tokens_, 0, wxALL | wxEXPAND, 8);

    sizer->Add(new wxStaticText(this, wxID_ANY, _("Procedures")), 0, wxLEFT, 8);
    history_ = new ApplicationList(this, "user_history");
    sizer->Add(history_, 1, wxALL | wxEXPAND, 8);
    SetSizer(sizer);
}

wxStaticText* UserDetailPanel::add_fact(wxFlexGridSizer* grid, const wxString& label,
                                        const wxString& name) {
    auto* caption = new wxStaticText(this, wxID_ANY, label);
    caption->SetForegroundColour(wxColour(0x50, 0x50, 0x50));
    grid->Add(caption, 0, wxALIGN_CENTER_VERTICAL);
    auto* value = new wxStaticText(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, 0, name);
    grid->Add(value, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
    return value;
}

void UserDetailPanel::start_intake(Procedure procedure) {
    if (login_id_.empty()) return;
    IntakeDialog dialog(this, session_, procedure, login_id_);
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
            contract_->SetLabel(from_utf8(v.contract.number));
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
            history_->show(v.applications);
            Layout();
        });
}

}  // namespace td::app
