#include "home_panel.h"

#include <wx/listctrl.h>
#include <wx/xrc/xmlres.h>

#include "application_list.h"
#include "i18n.h"
#include "list_keys.h"
#include "message_line.h"
#include "status_words.h"
#include "td/core/inquiry_service.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {

HomePanel::HomePanel(wxWindow* parent, Session& session, OpenUser open_user)
    : session_(session), open_user_(std::move(open_user)) {
    wxXmlResource::Get()->LoadPanel(this, parent, "home_panel");
    message_ = find_control<MessageLine>(this, "message");
    awaiting_ = find_control<ApplicationList>(this, "awaiting_list");
    today_ = find_control<ApplicationList>(this, "today_list");
    notices_ = find_control<ApplicationList>(this, "notices_list");
    locked_ = find_control<wxListCtrl>(this, "locked_list");

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
            make_first_row_current(locked_);
        });
}

void HomePanel::focus_awaiting() {
    awaiting_->SetFocus();  // its first row is current once filled (ApplicationList::show)
}

}  // namespace td::app
