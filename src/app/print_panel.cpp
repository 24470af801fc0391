#include "print_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>

#include "half_width.h"
#include "i18n.h"
#include "td/core/inquiry_service.h"
#include "td/core/time.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/monthly_report_file.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {
namespace {

// In the order of the layout's choice.
const char* const kFormTypes[] = {"token-application", "unlock", "revoke", "misuse-report"};

}  // namespace

// Shared by the worker rendering a batch and the UI's progress dialog.
struct BatchProgress {
    std::atomic<std::size_t> done{0};
    std::atomic<std::size_t> total{0};
    std::atomic<bool> cancel{false};
};

// The batch's progress in a small window of our own, polled by a timer: wxProgressDialog would
// re-enter the event loop from inside our events. Its Cancel asks the worker to stop; the other
// windows are disabled meanwhile, as a modal dialog would.
class BatchWatch : public wxTimer {
  public:
    BatchWatch(wxWindow* parent, std::shared_ptr<BatchProgress> progress)
        : progress_(std::move(progress)),
          dialog_(new wxDialog(parent, wxID_ANY, _("Printing notices"), wxDefaultPosition,
                               wxDefaultSize, wxCAPTION, "batch_progress")) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        label_ = new wxStaticText(dialog_, wxID_ANY, _("Preparing the notices..."));
        gauge_ = new wxGauge(dialog_, wxID_ANY, 100, wxDefaultPosition, wxSize(360, -1));
        auto* cancel = new wxButton(dialog_, wxID_CANCEL, _("Cancel"));
        sizer->Add(label_, 0, wxALL | wxEXPAND, 12);
        sizer->Add(gauge_, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
        sizer->Add(cancel, 0, wxALL | wxALIGN_RIGHT, 12);
        dialog_->SetSizerAndFit(sizer);
        cancel->Bind(wxEVT_BUTTON, [this, cancel](wxCommandEvent&) {
            progress_->cancel = true;
            cancel->Disable();
            label_->SetLabel(_("Cancelling..."));
        });
        dialog_->CentreOnParent();
        dialog_->Show();
        disabler_ = std::make_unique<wxWindowDisabler>(dialog_);
        Start(100);
    }
    ~BatchWatch() override {
        Stop();
        disabler_.reset();
        dialog_->Destroy();
    }
    void Notify() override {
        const std::size_t total = progress_->total;
        const std::size_t done = progress_->done;
        if (total == 0 || progress_->cancel) {
            gauge_->Pulse();
            return;
        }
        gauge_->SetValue(static_cast<int>(std::min<std::size_t>(100, done * 100 / total)));
        label_->SetLabel(wxString::Format(_("Notice %zu of %zu"), done, total));
    }

  private:
    std::shared_ptr<BatchProgress> progress_;
    wxDialog* dialog_;
    wxStaticText* label_ = nullptr;
    wxGauge* gauge_ = nullptr;
    std::unique_ptr<wxWindowDisabler> disabler_;
};

PrintPanel::~PrintPanel() = default;

PrintPanel::PrintPanel(wxWindow* parent, Session& session) : session_(session) {
    wxXmlResource::Get()->LoadPanel(this, parent, "print_panel");
    message_ = find_control<wxStaticText>(this, "print_message");
    done_ = find_control<wxStaticText>(this, "print_done");
    pending_count_ = find_control<wxStaticText>(this, "pending_count");
    skipped_ = find_control<wxStaticText>(this, "pending_skipped");
    journal_date_ = find_control<wxTextCtrl>(this, "journal_date");
    reprint_id_ = find_control<wxTextCtrl>(this, "reprint_id");
    reprint_document_ = find_control<wxChoice>(this, "reprint_document");
    blank_form_ = find_control<wxChoice>(this, "blank_form");
    output_ = find_control<wxRadioBox>(this, "output");
    report_month_ = find_control<wxTextCtrl>(this, "report_month");
    report_format_ = find_control<wxChoice>(this, "report_format");

    journal_date_->ChangeValue(
        from_utf8(core::format_date(core::japan_date(session_.desk.clock().now()))));
    // The journal is the manager's (daily close); core refuses it to tellers as well.
    find_control<wxButton>(this, "print_journal")
        ->Enable(session_.actor.role != core::Role::teller);
    // Last month: the report headquarters asks for at the start of a month.
    const auto today = core::japan_date(session_.desk.clock().now());
    const auto last_month = std::chrono::year_month(today.year(), today.month()) - std::chrono::months(1);
    report_month_->ChangeValue(wxString::Format("%04d-%02u", int(last_month.year()),
                                                unsigned(last_month.month())));
    find_control<wxButton>(this, "print_monthly")
        ->Enable(session_.actor.role != core::Role::teller);
    output_->Enable(1, !configured_printer().empty());
    if (!configured_printer().empty())
        output_->SetString(
            1, wxString::Format(_("Send to printer %s"), from_utf8(configured_printer())));
    output_->SetSelection(default_output() == Output::printer ? 1 : 0);

    auto on = [this](const char* name, void (PrintPanel::*action)(Saved)) {
        find_control<wxButton>(this, name)->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) {
            (this->*action)({});
        });
    };
    on("print_journal", &PrintPanel::print_journal);
    on("print_pending", &PrintPanel::print_pending);
    on("print_reprint", &PrintPanel::print_reprint);
    on("print_blank", &PrintPanel::print_blank);
    on("print_monthly", &PrintPanel::print_monthly);
    journal_date_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { print_journal({}); });
    reprint_id_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { print_reprint({}); });
    for (wxTextCtrl* digits : {journal_date_, reprint_id_, report_month_})
        convert_digits_on_leave(digits);
}

Output PrintPanel::chosen_output() const {
    return output_->GetSelection() == 1 ? Output::printer : Output::viewer;
}

void PrintPanel::say(const wxString& text, bool ok) {
    message_->SetLabel(ok ? wxString() : text);
    done_->SetLabel(ok ? text : wxString());
    Layout();
}

void PrintPanel::refresh() {
    session_.runner.run<core::Outcome<core::HomeSummary>>(
        this,
        [ctx = session_.desk.context(), actor = session_.actor] {
            return core::InquiryService(ctx).home(actor);
        },
        [this](core::Outcome<core::HomeSummary>& home) {
            ++answers_;
            if (!home) return say(refusal_text(home.refusal()), false);
            pending_count_->SetLabel(wxString::Format(_("%zu notices approved and not printed"),
                                                      home.value().unprinted_notices.size()));
            Layout();
        });
}

void PrintPanel::print(MakeDocument make, const std::string& stem, Saved saved) {
    say({}, true);
    session_.runner.run<core::Outcome<std::string>>(
        this,
        [desk = &session_.desk, make = std::move(make), stem] {
            return render_to_file(*desk, make, stem);
        },
        [this, saved = std::move(saved)](core::Outcome<std::string>& path) {
            ++answers_;
            if (!path) return say(refusal_text(path.refusal()), false);
            finished(path.value(), saved);
        },
        [this](const std::string& fault) {
            ++answers_;
            say(from_utf8(fault), false);
        });
}

void PrintPanel::finished(const std::string& path, Saved saved) {
    if (saved) {
        say(wxString::Format(_("Saved: %s"), from_utf8(path)), true);
        saved(path);
    } else {
        deliver_pdf(this, session_.runner, path, chosen_output(),
                    [this](const wxString& what, bool ok) { say(what, ok); });
    }
    refresh();
}

void PrintPanel::print_journal(Saved saved) {
    const std::string date = to_utf8(journal_date_->GetValue().Strip(wxString::both));
    print([actor = session_.actor, date, lang = ui_language()](
              core::DocumentService& d) { return d.journal(actor, actor.branch_code, date, lang); },
          "journal-" + session_.actor.branch_code + "-" + date, std::move(saved));
}

void PrintPanel::print_reprint(Saved saved) {
    long long id = 0;
    if (!reprint_id_->GetValue().ToLongLong(&id) || id <= 0) {
        reprint_id_->SetFocus();
        return say(_("Application No. must be a number, e.g. 12"), false);
    }
    const bool letter = reprint_document_->GetSelection() == 1;
    print(
        [actor = session_.actor, id, letter, lang = ui_language()](core::DocumentService& d) {
            return letter ? d.activation_letter(actor, id, lang)
                          : d.completion_notice(actor, id, lang);
        },
        (letter ? "activation-letter-" : "notice-") + std::to_string(id), std::move(saved));
}

void PrintPanel::print_blank(Saved saved) {
    const int pick = std::max(0, blank_form_->GetSelection());
    const std::string type = kFormTypes[pick];
    print([actor = session_.actor, type, lang = ui_language()](
              core::DocumentService& d) { return d.written_form(actor, type, {}, lang); },
          "form-" + type + "-blank", std::move(saved));
}

void PrintPanel::print_monthly(Saved saved) {
    const std::string month = to_utf8(report_month_->GetValue().Strip(wxString::both));
    const int pick = report_format_->GetSelection();
    const bool pdf = pick <= 0;
    const auto encoding = pick == 2 ? runtime::CsvEncoding::cp932 : runtime::CsvEncoding::utf8_bom;
    const std::string name = "monthly-report-" + month + (pdf ? ".pdf" : ".csv");
    std::filesystem::path out;
    if (pdf || saved) {
        out = private_output_path(name);
    } else {
        // A spreadsheet file is kept: the user says where.
        wxFileDialog ask(this, _("Save the monthly report"), wxEmptyString, from_utf8(name),
                         _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (ask.ShowModal() != wxID_OK) return;
        out = platform::path_from_utf8(to_utf8(ask.GetPath()));
    }
    say({}, true);
    session_.runner.run<core::Outcome<runtime::ReportWritten>>(
        this,
        [desk = &session_.desk, actor = session_.actor, month, out, pdf, encoding,
         lang = ui_language()] {
            // Headquarters (an administrator) gets every branch; a manager their own.
            return runtime::write_monthly_report(
                desk->context(), desk->renderer(), actor, month, std::nullopt, out,
                pdf ? runtime::ReportFormat::pdf : runtime::ReportFormat::csv, encoding, lang);
        },
        [this, out, pdf, saved = std::move(saved)](core::Outcome<runtime::ReportWritten>& written) {
            ++answers_;
            if (!written) return say(refusal_text(written.refusal()), false);
            const std::string path = platform::utf8_of(out);
            if (pdf) return finished(path, saved);
            say(wxString::Format(_("Saved: %s"), from_utf8(path)), true);
            if (saved) saved(path);
        },
        [this](const std::string& fault) {
            ++answers_;
            say(from_utf8(fault), false);
        });
}

void PrintPanel::show_skipped(const std::vector<core::SkippedDocument>& skipped) {
    wxString t;
    if (!skipped.empty())
        t << wxString::Format(_("%zu notices were not printed (correct the contract, then print "
                                "again):"),
                              skipped.size());
    for (const auto& s : skipped)
        t << "\n"
          << wxString::FromUTF8("◆ ") << _("Reference No.") << " " << from_utf8(s.reference) << ": "
          << refusal_text(s.refusal);
    skipped_->SetLabel(t);
    skipped_->Wrap(GetClientSize().GetWidth() > 100 ? GetClientSize().GetWidth() - 40 : 600);
    Layout();
}

void PrintPanel::print_pending(Saved saved) {
    say({}, true);
    if (batch_) return;  // one batch at a time
    skipped_->SetLabel({});
    auto progress = std::make_shared<BatchProgress>();
    // What the batch left out, written by the worker and read once its answer is back.
    auto skipped = std::make_shared<std::vector<core::SkippedDocument>>();
    // Held by the panel, never by the closures: wx windows die on the UI thread only.
    batch_ = std::make_unique<BatchWatch>(this, progress);
    session_.runner.run<core::Outcome<std::string>>(
        this,
        [desk = &session_.desk, actor = session_.actor, lang = ui_language(), progress, skipped] {
            const MakeDocument batch = [&](core::DocumentService& d) {
                auto printed =
                    d.pending_notices(actor, lang, [progress](std::size_t done, std::size_t total) {
                        progress->done = done;
                        progress->total = total;
                        return !progress->cancel;
                    });
                if (printed) *skipped = printed.value().skipped;
                return printed;
            };
            return render_to_file(*desk, batch, "notices-" + actor.branch_code);
        },
        [this, saved = std::move(saved), skipped](core::Outcome<std::string>& path) {
            batch_.reset();  // closes the progress dialog
            ++answers_;
            if (!path) return say(refusal_text(path.refusal()), false);
            show_skipped(*skipped);
            finished(path.value(), saved);
        },
        [this, progress](const std::string& fault) {
            batch_.reset();
            ++answers_;
            // A cancelled batch records nothing: the notices stay unprinted.
            say(progress->cancel ? _("Cancelled: no notice was marked as printed")
                                 : from_utf8(fault),
                false);
        });
}

}  // namespace td::app
