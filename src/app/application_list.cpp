#include "application_list.h"

#include "list_keys.h"
#include "status_words.h"
#include "wx_text.h"

namespace td::app {

ApplicationList::ApplicationList(wxWindow* parent, const wxString& name)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                 wxDefaultValidator, name) {
    AppendColumn(_("No."), wxLIST_FORMAT_RIGHT, 48);
    AppendColumn(_("Procedure"), wxLIST_FORMAT_LEFT, 180);
    AppendColumn(_("Login ID"), wxLIST_FORMAT_LEFT, 100);
    AppendColumn(_("State"), wxLIST_FORMAT_LEFT, 100);
    AppendColumn(_("Maker"), wxLIST_FORMAT_LEFT, 90);
    AppendColumn(_("Entered"), wxLIST_FORMAT_LEFT, 190);
    AppendColumn(_("Checker"), wxLIST_FORMAT_LEFT, 90);
    AppendColumn(_("Decided"), wxLIST_FORMAT_LEFT, 190);
}

void ApplicationList::show(const std::vector<core::Application>& applications) {
    rows_ = applications;
    DeleteAllItems();
    long row = 0;
    for (const auto& a : rows_) {
        const StatusLook look = application_status(a.state);
        InsertItem(row, wxString::Format("%lld", static_cast<long long>(a.id)));
        SetItem(row, 1, application_kind_words(a.kind));
        SetItem(row, 2, from_utf8(a.login_id));
        SetItem(row, 3, look.words);
        SetItem(row, 4, from_utf8(a.maker_id));
        SetItem(row, 5, japan_time_text(a.entered_at));
        SetItem(row, 6, from_utf8(a.checker_id));
        SetItem(row, 7, a.decided_at ? japan_time_text(*a.decided_at) : wxString());
        SetItemTextColour(row, look.colour);
        ++row;
    }
    make_first_row_current(this);
}

const core::Application* ApplicationList::at(long row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

}  // namespace td::app
