#pragma once
// The printing page (F6, 締め and reprints): the notices not yet printed as one batch with a
// progress dialog and cancel, the branch journal of a day, reprints of an application's notice
// or activation letter, blank written forms. Output to the PDF viewer or the printer. Core
// decides who may print what and records every print.
#include <wx/panel.h>

#include <functional>
#include <memory>
#include <string>

#include "document_output.h"
#include "session.h"

class wxChoice;
class wxRadioBox;
class wxStaticText;
class wxTextCtrl;

namespace td::app {

class BatchWatch;

class PrintPanel : public wxPanel {
  public:
    PrintPanel(wxWindow* parent, Session& session);
    ~PrintPanel() override;

    void refresh();
    // The buttons' actions; `saved` takes the PDF's path instead of delivering it (tests).
    using Saved = std::function<void(const std::string& path)>;
    void print_journal(Saved saved = {});
    void print_pending(Saved saved = {});
    void print_reprint(Saved saved = {});
    void print_blank(Saved saved = {});
    // Headquarters' monthly report of the month in the month field: a PDF (delivered like the
    // other documents) or a CSV the user saves where they choose (`saved`: no dialog, the
    // private directory).
    void print_monthly(Saved saved = {});

    int answers() const { return answers_; }
    wxStaticText* message() const { return message_; }
    wxStaticText* done_line() const { return done_; }
    // The notices the last batch left out, named (empty when it printed them all).
    wxStaticText* skipped_line() const { return skipped_; }
    wxTextCtrl* journal_date() const { return journal_date_; }
    wxTextCtrl* reprint_id() const { return reprint_id_; }
    wxTextCtrl* report_month() const { return report_month_; }
    wxChoice* report_format() const { return report_format_; }

  private:
    void print(MakeDocument make, const std::string& stem, Saved saved);
    void finished(const std::string& path, Saved saved);
    void say(const wxString& text, bool ok);
    void show_skipped(const std::vector<core::SkippedDocument>& skipped);
    Output chosen_output() const;

    Session& session_;
    wxStaticText* message_ = nullptr;
    wxStaticText* done_ = nullptr;
    wxStaticText* pending_count_ = nullptr;
    wxStaticText* skipped_ = nullptr;
    wxTextCtrl* journal_date_ = nullptr;
    wxTextCtrl* reprint_id_ = nullptr;
    wxTextCtrl* report_month_ = nullptr;
    wxChoice* report_format_ = nullptr;
    wxChoice* reprint_document_ = nullptr;
    wxChoice* blank_form_ = nullptr;
    wxRadioBox* output_ = nullptr;
    std::unique_ptr<BatchWatch> batch_;  // while a batch of notices is being rendered
    int answers_ = 0;
};

}  // namespace td::app
