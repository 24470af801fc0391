#include "search_panel.h"

#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "i18n.h"
#include "list_keys.h"
#include "message_line.h"
#include "status_words.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {

SearchPanel::SearchPanel(wxWindow* parent, Session& session, OpenUser open_user)
    : session_(session), open_user_(std::move(open_user)) {
    wxXmlResource::Get()->LoadPanel(this, parent, "search_panel");
    query_ = find_control<wxTextCtrl>(this, "search_query");
    message_ = find_control<MessageLine>(this, "message");
    results_ = find_control<wxListCtrl>(this, "search_results");

    debounce_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { search_now(); });
    query_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { debounce_.StartOnce(kDebounceMs); });
    query_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        debounce_.Stop();
        search_now();
    });
    results_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        const auto i = static_cast<std::size_t>(e.GetIndex());
        if (i < row_login_ids_.size() && !row_login_ids_[i].empty()) open_user_(row_login_ids_[i]);
    });
}

void SearchPanel::focus_query() {
    query_->SetFocus();
    query_->SelectAll();
}

void SearchPanel::refresh() {
    search_now();
}

void SearchPanel::search_now() {
    const std::string prefix = to_utf8(query_->GetValue().Strip(wxString::both));
    const std::uint64_t question = ++asked_;
    if (prefix.empty()) {
        show({});
        message_->set({});
        return;
    }
    session_.runner.run<core::Outcome<std::vector<core::SearchHit>>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, prefix] {
            return core::InquiryService(ctx).search(actor, prefix);
        },
        [this, question](core::Outcome<std::vector<core::SearchHit>>& outcome) {
            if (question != asked_) return;  // the teller typed on meanwhile
            ++answers_;
            if (!outcome) {
                message_->set(refusal_text(outcome.refusal()));
                show({});
                return;
            }
            message_->set(outcome.value().empty() ? _("Nothing found.") : wxString());
            show(outcome.value());
        });
}

void SearchPanel::show(const std::vector<core::SearchHit>& hits) {
    results_->DeleteAllItems();
    row_login_ids_.clear();
    long row = 0;
    auto add = [&](const core::Contract& c, const core::User* u) {
        results_->InsertItem(row, from_utf8(c.number));
        results_->SetItem(row, 1, from_utf8(c.company_name));
        results_->SetItem(row, 2, from_utf8(c.company_kana));
        if (u) {
            const StatusLook look = user_status(u->otp_state);
            results_->SetItem(row, 3, from_utf8(u->login_id));
            results_->SetItem(row, 4, from_utf8(u->name));
            results_->SetItem(row, 5, user_kind_words(u->kind));
            results_->SetItem(row, 6, look.words);
            results_->SetItemTextColour(row, look.colour);
        }
        row_login_ids_.push_back(u ? u->login_id : std::string());
        ++row;
    };
    for (const auto& hit : hits) {
        if (hit.users.empty()) add(hit.contract, nullptr);
        for (const auto& u : hit.users) add(hit.contract, &u);
    }
    make_first_row_current(results_);
}

}  // namespace td::app
