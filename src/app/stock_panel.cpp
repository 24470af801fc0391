#include "stock_panel.h"

#include "admin_change_words.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include <array>

#include "half_width.h"
#include "i18n.h"
#include "list_keys.h"
#include "message_line.h"
#include "pulse_window.h"
#include "status_words.h"
#include "td/core/stock_service.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {
namespace {

struct StockView {
    std::vector<core::Device> devices;
    std::vector<core::DeviceCount> counts;
};

constexpr std::array kStates = {core::DeviceState::in_stock, core::DeviceState::assigned,
                                core::DeviceState::lost, core::DeviceState::retired,
                                core::DeviceState::pending};

bool is_stock_change(const core::AdminChange& c) {
    return c.kind == core::AdminChangeKind::stock_import ||
           c.kind == core::AdminChangeKind::stock_transfer ||
           c.kind == core::AdminChangeKind::stock_retire;
}

}  // namespace

StockPanel::~StockPanel() = default;

StockPanel::StockPanel(wxWindow* parent, Session& session) : session_(session) {
    wxXmlResource::Get()->LoadPanel(this, parent, "stock_panel");
    message_ = find_control<MessageLine>(this, "stock_message");
    branch_ = find_control<wxTextCtrl>(this, "stock_branch");
    state_ = find_control<wxChoice>(this, "stock_state");
    counts_ = find_control<wxStaticText>(this, "stock_counts");
    list_ = find_control<wxListCtrl>(this, "stock_list");
    done_ = find_control<wxStaticText>(this, "stock_done");
    convert_digits_on_leave(branch_);

    find_control<wxButton>(this, "stock_show")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        refresh();
    });
    branch_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { refresh(); });
    state_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    const std::pair<const char*, void (StockPanel::*)()> actions[] = {
        {"stock_import", &StockPanel::on_import},
        {"stock_transfer", &StockPanel::on_transfer},
        {"stock_retire", &StockPanel::on_retire},
    };
    for (const auto& [name, action] : actions) {
        auto* button = find_control<wxButton>(this, name);
        button->Bind(wxEVT_BUTTON, [this, a = action](wxCommandEvent&) { (this->*a)(); });
        admin_buttons_.push_back(button);
    }
    pending_title_ = find_control<wxStaticText>(this, "stock_pending_title");
    pending_panel_ = find_control<wxPanel>(this, "stock_pending");
    staff_changed();
}

void StockPanel::staff_changed() {
    branch_->ChangeValue(from_utf8(session_.actor.branch_code));
    state_->SetSelection(0);
    const bool admin = session_.actor.role == core::Role::admin;
    for (wxButton* b : admin_buttons_) b->Enable(admin);
    pending_title_->Show(admin);
    pending_panel_->Show(admin);
    if (admin && !pending_)
        pending_ = std::make_unique<PendingChanges>(pending_panel_, session_, is_stock_change,
                                                    [this] { refresh(); });
    else if (admin)
        pending_->refresh();
    rows_.clear();
    list_->DeleteAllItems();
    say({}, true);
}

core::DeviceFilter StockPanel::filter() const {
    core::DeviceFilter f;
    const wxString branch = half_width_digits(branch_->GetValue()).Strip(wxString::both);
    if (!branch.empty()) f.branch_code = to_utf8(branch);
    const int pick = state_->GetSelection();
    if (pick >= 1 && pick <= static_cast<int>(kStates.size()))
        f.state = kStates[static_cast<std::size_t>(pick - 1)];
    return f;
}

void StockPanel::refresh() {
    session_.runner.run<core::Outcome<StockView>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor,
         f = filter()]() -> core::Outcome<StockView> {
            core::StockService stock(ctx);
            auto devices = stock.list(actor, f);
            if (!devices) return devices.refusal();
            auto counts = stock.counts(actor);
            if (!counts) return counts.refusal();
            return StockView{.devices = std::move(devices).value(),
                             .counts = std::move(counts).value()};
        },
        [this](core::Outcome<StockView>& view) {
            ++answers_;
            if (!view) return say(refusal_text(view.refusal()), false);
            message_->set({});
            show(view.value().devices, view.value().counts);
        });
}

void StockPanel::show(const std::vector<core::Device>& devices,
                      const std::vector<core::DeviceCount>& counts) {
    rows_ = devices;
    list_->DeleteAllItems();
    long row = 0;
    for (const auto& d : rows_) {
        const StatusLook look = device_status(d.state);
        list_->InsertItem(row, from_utf8(d.serial));
        list_->SetItem(row, 1, from_utf8(d.branch_code));
        list_->SetItem(row, 2, look.words);
        list_->SetItem(row, 3, otp_mode_words(d.mode));
        list_->SetItem(row, 4, from_utf8(d.manufacturer));
        list_->SetItem(row, 5, from_utf8(d.login_id));
        list_->SetItem(row, 6, japan_time_text(d.imported_at));
        list_->SetItemTextColour(row, look.colour);
        ++row;
    }
    make_first_row_current(list_);
    // The counts of the branch shown (of every branch when none is given), every state named.
    const core::DeviceFilter f = filter();
    wxString line = f.branch_code ? wxString::Format(_("Branch %s:"), from_utf8(*f.branch_code))
                                  : _("All branches:");
    for (const core::DeviceState s : kStates) {
        long long n = 0;
        for (const auto& c : counts)
            if (c.state == s && (!f.branch_code || c.branch_code == *f.branch_code)) n += c.count;
        line << "   " << device_status(s).words << wxString::Format(" %lld", n);
    }
    counts_->SetLabel(line);
    Layout();
}

const core::Device* StockPanel::selected() const {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

void StockPanel::say(const wxString& text, bool ok) {
    message_->set(ok ? wxString() : text);
    done_->SetLabel(ok ? text : wxString());
    Layout();
}

void StockPanel::on_import() {
    if (busy_) return;
    wxFileDialog pick(this, _("Vendor's seed file (PSKC)"), {}, {},
                      _("PSKC files (*.pskcxml;*.xml)|*.pskcxml;*.xml"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (pick.ShowModal() != wxID_OK) return;
    const wxString path = pick.GetPath();
    const core::DeviceFilter f = filter();
    StockImportDialog ask(this, wxFileName(path).GetFullName(),
                          f.branch_code.value_or(session_.actor.branch_code));
    if (ask.ShowModal() != wxID_OK) return;
    run_import(to_utf8(path), ask.choice());
}

void StockPanel::run_import(const std::string& path, const StockImport& what) {
    if (busy_) return;  // one import at a time
    say({}, true);
    // Held by the panel, never by the closures: wx windows die on the UI thread only.
    busy_ = std::make_unique<PulseWindow>(this, _("Importing hardware tokens"),
                                          _("Reading and decrypting the seed file..."));
    session_.runner.run<core::Outcome<core::ImportResult>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, path,
         what]() -> core::Outcome<core::ImportResult> {
            auto request = runtime::read_seed_file(path, what.branch_code, what.key);
            if (!request) return request.refusal();
            return core::StockService(ctx).import_devices(actor, request.value());
        },
        [this](core::Outcome<core::ImportResult>& result) {
            busy_.reset();  // closes the progress window
            ++answers_;
            if (!result)
                return say(
                    wxString::Format(_("Nothing was imported: %s"), refusal_text(result.refusal())),
                    false);
            const auto& imported = result.value();
            if (imported.change.state == core::AdminChangeState::pending)
                say(wxString::Format(_("%lld hardware tokens entered for the stock of branch %s."),
                                     static_cast<long long>(imported.imported),
                                     from_utf8(imported.branch_code)) +
                        wxT(" ") + pending_words(imported.change),
                    true);
            else
                say(wxString::Format(_("%lld hardware tokens imported into the stock of branch %s."),
                                     static_cast<long long>(imported.imported),
                                     from_utf8(imported.branch_code)),
                    true);
            refresh();
            if (pending_) pending_->refresh();
        },
        [this](const std::string& fault) {
            busy_.reset();
            ++answers_;
            say(wxString::Format(_("Nothing was imported: %s"), from_utf8(fault)), false);
        });
}

void StockPanel::on_transfer() {
    const core::Device* d = selected();
    if (!d) return say(_("Select a device in the list first."), false);
    const std::string serial = d->serial;
    wxTextEntryDialog ask(
        this,
        wxString::Format(_("Transfer serial No. %s to the stock of branch (code):"),
                         from_utf8(serial)),
        _("Transfer"));
    if (ask.ShowModal() != wxID_OK) return;
    execute_transfer(serial, to_utf8(half_width_digits(ask.GetValue()).Strip(wxString::both)));
}

void StockPanel::on_retire() {
    const core::Device* d = selected();
    if (!d) return say(_("Select a device in the list first."), false);
    const std::string serial = d->serial;
    wxMessageDialog confirm(
        this,
        wxString::Format(_("Retire serial No. %s for good? It cannot be handed over again."),
                         from_utf8(serial)),
        _("Confirm"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("Execute"), _("Back"));
    if (confirm.ShowModal() == wxID_YES) execute_retire(serial);
}

void StockPanel::execute_transfer(const std::string& serial, const std::string& to_branch) {
    session_.runner.run<core::Outcome<core::AdminChange>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, serial, to_branch] {
            return core::StockService(ctx).transfer(actor, serial, to_branch);
        },
        [this, serial, to_branch](core::Outcome<core::AdminChange>& o) {
            changed(o, wxString::Format(_("Serial No. %s moved to the stock of branch %s."),
                                        from_utf8(serial), from_utf8(to_branch)));
        });
}

void StockPanel::execute_retire(const std::string& serial) {
    session_.runner.run<core::Outcome<core::AdminChange>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor, serial] {
            return core::StockService(ctx).retire(actor, serial);
        },
        [this, serial](core::Outcome<core::AdminChange>& o) {
            changed(o, wxString::Format(_("Serial No. %s retired."), from_utf8(serial)));
        });
}

void StockPanel::changed(core::Outcome<core::AdminChange>& outcome, const wxString& done) {
    ++answers_;
    if (!outcome) return say(refusal_text(outcome.refusal()), false);
    if (outcome.value().state == core::AdminChangeState::pending)
        say(admin_change_kind_words(outcome.value().kind) + wxT(": ") +
                pending_words(outcome.value()),
            true);
    else
        say(done, true);
    refresh();
    if (pending_) pending_->refresh();
}

}  // namespace td::app
