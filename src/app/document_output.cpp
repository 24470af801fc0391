#include "document_output.h"

#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <chrono>
#include <filesystem>
#include <memory>

#include "i18n.h"
#include "td/platform/file_document_sink.h"
#include "td/platform/printing.h"
#include "td/platform/private_files.h"
#include "td/platform/utf8_path.h"
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

std::filesystem::path private_output_path(const std::string& file_name) {
    return print_directory() / file_name;
}

core::Outcome<std::string> render_to_file(Desk& desk, const MakeDocument& make,
                                          const std::string& file_stem) {
    platform::FileDocumentSink sink(print_directory() / (file_stem + ".pdf"));
    core::DocumentService documents(desk.context(), desk.renderer(), sink);
    auto doc = make(documents);
    if (!doc) return doc.refusal();
    return platform::utf8_of(sink.path());
}

void deliver_pdf(wxWindow* owner, TaskRunner& runner, const std::string& path, Output output,
                 Told told) {
    if (output == Output::printer && !configured_printer().empty()) {
        // The print system may take its time: its answer comes back on the UI thread.
        runner.run<platform::PrintOutcome>(
            owner,
            [path, printer = configured_printer()] {
                return platform::print_pdf(platform::path_from_utf8(path), printer);
            },
            [told](platform::PrintOutcome& outcome) {
                if (!told) return;
                if (outcome.accepted)
                    told(wxString::Format(_("Sent to printer %s. %s"),
                                          from_utf8(configured_printer()), from_utf8(outcome.said)),
                         true);
                else
                    told(wxString::Format(_("The printer did not accept the document: %s"),
                                          from_utf8(outcome.said)),
                         false);
            },
            [told](const std::string& fault) {
                if (told)
                    told(wxString::Format(_("The printer did not accept the document: %s"),
                                          from_utf8(fault)),
                         false);
            });
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
        [owner, runner = &session.runner,
         saved = std::move(saved)](core::Outcome<std::string>& path) {
            if (!path) {
                wxMessageBox(refusal_text(path.refusal()), _("Print"), wxOK | wxICON_WARNING,
                             owner);
                return;
            }
            if (saved)
                saved(path.value());
            else
                deliver_pdf(owner, *runner, path.value(), default_output(),
                            [owner](const wxString& what, bool ok) {
                                if (!ok)
                                    wxMessageBox(what, _("Print"), wxOK | wxICON_WARNING, owner);
                            });
        });
}

}  // namespace td::app
