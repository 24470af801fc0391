#include "home_panel.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "application_list.h"
#include "i18n.h"
#include "message_line.h"
#include "status_words.h"
#include "td/core/inquiry_service.h"
#include "wx_text.h"

namespace td::app {

HomePanel::HomePanel(wxWindow* parent, Session& session, OpenUser open_user)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "home_panel"),
      session_(session),
      open_user_(std::move(open_user)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    message_ = new MessageLine(this);
    sizer->Add(message_, 0, wxALL | wxEXPAND, 4);

    // The application lists are wide (maker, checker, times): they get the full width; the
    // short list of locked masters shares the bottom row with the notices.
    auto* grid = new wxBoxSizer(wxVERTICAL);
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    // Each list sits in a titled box; the box must be its parent under GTK.
    auto box = [&](const wxString& title, wxSizer* into, int proportion) {
        auto* b = new wxStaticBoxSizer(wxVERTICAL, this, title);
        into->Add(b, proportion, wxEXPAND | wxBOTTOM | wxRIGHT, 4);
        return b;
    };
    auto* awaiting_box = box(_("Awaiting approval (oldest first)"), grid, 1);
    awaiting_ = new ApplicationList(awaiting_box->GetStaticBox(), "awaiting_list");
    awaiting_box->Add(awaiting_, 1, wxEXPAND | wxALL, 2);
    auto* today_box = box(_("Today's work"), grid, 1);
    today_ = new ApplicationList(today_box->GetStaticBox(), "today_list");
    today_box->Add(today_, 1, wxEXPAND | wxALL, 2);
    auto* locked_box = box(_("Locked master users"), bottom, 2);
    locked_ = new wxListCtrl(locked_box->GetStaticBox(), wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "locked_list");
    locked_->AppendColumn(_("Login ID"), wxLIST_FORMAT_LEFT, 110);
    locked_->AppendColumn(_("Contract No."), wxLIST_FORMAT_LEFT, 100);
    locked_->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, 140);
    locked_->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, 110);
    locked_box->Add(locked_, 1, wxEXPAND | wxALL, 2);
    auto* notices_box = box(_("Completion notices not yet printed"), bottom, 3);
    notices_ = new ApplicationList(notices_box->GetStaticBox(), "notices_list");
    notices_box->Add(notices_, 1, wxEXPAND | wxALL, 2);
    grid->Add(bottom, 1, wxEXPAND);
    sizer->Add(grid, 1, wxALL | wxEXPAND, 4);
    SetSizer(sizer);

    for (ApplicationList* list : {awaiting_, today_, notices_})
        list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this, list](wxListEvent& e) {
            if (const auto* a = list->at(e.GetIndex())) open_user_(a->login_id);
        });
    locked_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        open_user_(to_utf8(locked_->GetItemText(e.GetIndex(), 0)));
    });
}

void HomePanel::refresh() {
    session_.runner.run<core::Outcome<core::HomeSummary>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor] {
            return core::InquiryService(ctx).home(actor);
        },
        [this](core::Outcome<core::HomeSummary>& outcome) {
            ++refreshes_;
            if (!outcome) {
                message_->set(refusal_text(outcome.refusal()));
                return;
            }
            message_->set({});
            const core::HomeSummary& home = outcome.value();
            awaiting_->show(home.awaiting_approval);
            today_->show(home.today);
            notices_->show(home.unprinted_notices);
            locked_->DeleteAllItems();
            long row = 0;
            for (const auto& u : home.locked_masters) {
                const StatusLook look = user_status(u.otp_state);
                locked_->InsertItem(row, from_utf8(u.login_id));
                locked_->SetItem(row, 1, from_utf8(u.contract_number));
                locked_->SetItem(row, 2, from_utf8(u.name));
                locked_->SetItem(row, 3, look.words);
                locked_->SetItemTextColour(row, look.colour);
                ++row;
            }
        });
}

void HomePanel::focus_awaiting() {
    awaiting_->SetFocus();
    if (awaiting_->GetItemCount() > 0)
        awaiting_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

}  // namespace td::app
