#include "pending_changes.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "admin_change_words.h"
#include "i18n.h"
#include "list_keys.h"
#include "message_line.h"
#include "status_words.h"
#include "td/core/admin_service.h"
#include "wx_text.h"

namespace td::app {
namespace {

struct PendingView {
    core::AdminStatus status;
    std::vector<core::AdminChange> changes;
};

const wxColour kDoneGreen(0x1a, 0x7f, 0x37);

}  // namespace

PendingChanges::PendingChanges(wxPanel* panel, Session& session, Filter shown,
                               std::function<void()> decided)
    : panel_(panel), session_(session), shown_(std::move(shown)), on_decided_(std::move(decided)) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    status_ = new wxStaticText(panel_, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, 0,
                               "pending_status");
    box->Add(status_, 0, wxBOTTOM | wxEXPAND, 4);
    list_ = new wxListCtrl(panel_, wxID_ANY, wxDefaultPosition, wxSize(-1, 120),
                           wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "pending_list");
    const std::pair<wxString, int> columns[] = {
        {_("Change No."), 70},       {_("Change"), 210},     {_("What"), 260},
        {_("Change details"), 200}, {_("Entered by"), 90}, {_("Entered"), 200}};
    int col = 0;
    for (const auto& [title, width] : columns) list_->InsertColumn(col++, title, 0, width);
    box->Add(list_, 1, wxEXPAND);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    approve_ = new wxButton(panel_, wxID_ANY, _("Approve change"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "pending_approve");
    reject_ = new wxButton(panel_, wxID_ANY, _("Reject / withdraw"), wxDefaultPosition,
                           wxDefaultSize, 0, wxDefaultValidator, "pending_reject");
    buttons->Add(approve_, 0, wxTOP | wxRIGHT, 6);
    buttons->Add(reject_, 0, wxTOP | wxRIGHT, 6);
    done_ = new wxStaticText(panel_, wxID_ANY, {});
    done_->SetForegroundColour(kDoneGreen);
    buttons->Add(done_, 1, wxTOP | wxLEFT | wxALIGN_CENTER_VERTICAL, 6);
    box->Add(buttons, 0, wxEXPAND);
    message_ = new MessageLine(panel_);
    box->Add(message_, 0, wxTOP | wxEXPAND, 4);
    panel_->SetSizer(box);
    approve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_approve(); });
    reject_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_reject(); });
    refresh();
}

void PendingChanges::refresh() {
    session_.runner.run<core::Outcome<PendingView>>(
        panel_,
        [ctx = session_.desk.context(), actor = session_.actor]() -> core::Outcome<PendingView> {
            core::AdminService admin(ctx);
            auto pending = admin.pending(actor);
            if (!pending) return pending.refusal();
            return PendingView{admin.status(), std::move(pending).value()};
        },
        [this](core::Outcome<PendingView>& view) {
            ++answers_;
            if (!view) return message_->set(refusal_text(view.refusal()));
            status_->SetLabel(dual_control_words(view.value().status.dual_control));
            rows_.clear();
            for (auto& c : view.value().changes)
                if (!shown_ || shown_(c)) rows_.push_back(std::move(c));
            list_->DeleteAllItems();
            long row = 0;
            for (const auto& c : rows_) {
                list_->InsertItem(row, wxString::Format("%lld", static_cast<long long>(c.id)));
                list_->SetItem(row, 1, admin_change_kind_words(c.kind));
                list_->SetItem(row, 2, target_words(c));
                list_->SetItem(row, 3, summary_words(c));
                list_->SetItem(row, 4, from_utf8(c.maker_id));
                list_->SetItem(row, 5, japan_time_text(c.entered_at));
                ++row;
            }
            make_first_row_current(list_);
            approve_->Enable(!rows_.empty());
            reject_->Enable(!rows_.empty());
            panel_->Layout();
        });
}

const core::AdminChange* PendingChanges::selected() const {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

void PendingChanges::on_approve() {
    const core::AdminChange* c = selected();
    if (!c) return message_->set(_("Select a change in the list first."));
    const std::int64_t id = c->id;
    wxMessageDialog confirm(
        panel_,
        wxString::Format(_("Approve change %lld?\n\n%s: %s %s\nEntered by %s\n\nIt takes effect "
                           "at once."),
                         static_cast<long long>(id), admin_change_kind_words(c->kind),
                         target_words(*c), summary_words(*c), from_utf8(c->maker_id)),
        _("Confirm"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("Execute"), _("Back"));
    if (confirm.ShowModal() == wxID_YES) execute_approve(id);
}

void PendingChanges::on_reject() {
    const core::AdminChange* c = selected();
    if (!c) return message_->set(_("Select a change in the list first."));
    const std::int64_t id = c->id;
    wxTextEntryDialog ask(
        panel_, wxString::Format(_("Reason for rejecting change %lld:"), static_cast<long long>(id)),
        _("Reject change"));
    if (ask.ShowModal() != wxID_OK) return;
    execute_reject(id, to_utf8(ask.GetValue().Strip(wxString::both)));
}

void PendingChanges::execute_approve(std::int64_t change_id) {
    session_.runner.run<core::Outcome<core::AdminChange>>(
        panel_,
        [ctx = session_.desk.context(), actor = session_.actor, change_id] {
            return core::AdminService(ctx).approve(actor, change_id);
        },
        [this, change_id](core::Outcome<core::AdminChange>& o) {
            decided(o, wxString::Format(_("Change %lld approved: it is in effect."),
                                        static_cast<long long>(change_id)));
        });
}

void PendingChanges::execute_reject(std::int64_t change_id, const std::string& reason) {
    session_.runner.run<core::Outcome<core::AdminChange>>(
        panel_,
        [ctx = session_.desk.context(), actor = session_.actor, change_id, reason] {
            return core::AdminService(ctx).reject(actor, change_id, reason);
        },
        [this, change_id](core::Outcome<core::AdminChange>& o) {
            decided(o, wxString::Format(_("Change %lld rejected: nothing was changed."),
                                        static_cast<long long>(change_id)));
        });
}

void PendingChanges::decided(core::Outcome<core::AdminChange>& outcome, const wxString& done) {
    ++answers_;
    if (!outcome) {
        done_->SetLabel({});
        return message_->set(refusal_text(outcome.refusal()));
    }
    message_->set({});
    done_->SetLabel(done);
    refresh();
    if (on_decided_) on_decided_();
}

}  // namespace td::app
