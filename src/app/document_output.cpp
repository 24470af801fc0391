#include "document_output.h"

#include <wx/msgdlg.h>
#include <wx/process.h>
#include <wx/stream.h>
#include <wx/txtstrm.h>
#include <wx/utils.h>
#include <wx/weakref.h>

#include <chrono>
#include <filesystem>
#include <memory>

#include "i18n.h"
#include "td/platform/file_document_sink.h"
#include "td/platform/private_files.h"
#include "wx_text.h"

namespace td::app {
namespace {

// This run's own directory for PDFs: under the user's private temporary directory (0700,
// checked to be the user's and not a link), made fresh for each run and removed with its files
// when the program ends; what a run that crashed left behind goes a day later.
const std::filesystem::path& print_directory() {
    static const std::unique_ptr<platform::PrivateTempDir> dir = [] {
        const auto parent = platform::user_temp_directory("tokendesk");
        platform::remove_stale_directories(parent, "print-", std::chrono::hours(24));
        return std::make_unique<platform::PrivateTempDir>(parent, "print-");
    }();
    // Made again if it went (another TokenDesk's sweep, a cleaner of the temporary folder),
    // only once the user's directory has been checked again to be private and the user's own.
    if (platform::user_temp_directory("tokendesk") != dir->path().parent_path())
        throw core::Fault("the private temporary directory moved; restart TokenDesk");
    platform::create_private_directories(dir->path());
    return dir->path();
}

std::string& printer_setting() {
    static std::string printer;
    return printer;
}

// `lp` runs as a child process; its end is an event on the UI thread.
class LpJob : public wxProcess {
  public:
    LpJob(wxWindow* owner, Told told) : owner_(owner), told_(std::move(told)) { Redirect(); }
    void OnTerminate(int, int status) override {
        wxString said;
        for (wxInputStream* s : {GetInputStream(), GetErrorStream()}) {
            if (!s) continue;
            wxTextInputStream text(*s);
            while (s->CanRead() && !s->Eof()) said << text.ReadLine() << " ";
        }
        said.Trim();
        if (owner_ && told_) {
            if (status == 0)
                told_(wxString::Format(_("Sent to printer %s. %s"), from_utf8(configured_printer()),
                                       said),
                      true);
            else
                told_(wxString::Format(_("The printer did not accept the document: %s"), said),
                      false);
        }
        delete this;
    }

  private:
    wxWeakRef<wxWindow> owner_;
    Told told_;
};

}  // namespace

void set_configured_printer(const std::string& printer) {
    printer_setting() = printer;
}

const std::string& configured_printer() {
    return printer_setting();
}

Output default_output() {
    return configured_printer().empty() ? Output::viewer : Output::printer;
}

core::Outcome<std::string> render_to_file(Desk& desk, const MakeDocument& make,
                                          const std::string& file_stem) {
    platform::FileDocumentSink sink(print_directory() / (file_stem + ".pdf"));
    core::DocumentService documents(desk.context(), desk.renderer(), sink);
    auto doc = make(documents);
    if (!doc) return doc.refusal();
    return sink.path().string();
}

void deliver_pdf(wxWindow* owner, const std::string& path, Output output, Told told) {
    if (output == Output::printer && !configured_printer().empty()) {
        const std::string printer = configured_printer();
        const char* argv[] = {"lp", "-d", printer.c_str(), "--", path.c_str(), nullptr};
        auto* job = new LpJob(owner, told);
        if (wxExecute(argv, wxEXEC_ASYNC, job) <= 0) {
            delete job;
            if (told)
                told(_("The print command lp could not be started (is CUPS installed?)"), false);
        }
        return;
    }
    const bool opened = wxLaunchDefaultApplication(from_utf8(path));
    if (told)
        told(opened ? wxString::Format(_("Opened in the PDF viewer: %s"), from_utf8(path))
                    : wxString::Format(_("No PDF viewer could be opened; the file is %s"),
                                       from_utf8(path)),
             opened);
}

void print_document(wxWindow* owner, Session& session, MakeDocument make,
                    const std::string& file_stem,
                    std::function<void(const std::string& path)> saved) {
    session.runner.run<core::Outcome<std::string>>(
        owner,
        [desk = &session.desk, make = std::move(make), file_stem] {
            return render_to_file(*desk, make, file_stem);
        },
        [owner, saved = std::move(saved)](core::Outcome<std::string>& path) {
            if (!path) {
                wxMessageBox(refusal_text(path.refusal()), _("Print"), wxOK | wxICON_WARNING,
                             owner);
                return;
            }
            if (saved)
                saved(path.value());
            else
                deliver_pdf(owner, path.value(), default_output(),
                            [owner](const wxString& what, bool ok) {
                                if (!ok)
                                    wxMessageBox(what, _("Print"), wxOK | wxICON_WARNING, owner);
                            });
        });
}

}  // namespace td::app
