#pragma once
// Printing from the desktop: core builds, renders, publishes and records the document on the
// worker; the PDF goes to this run's private directory (owner only, removed at exit), then is
// opened in the system's PDF viewer or sent to the printer named in tokendesk.conf (through the
// platform: CUPS on Debian, the viewer's printto verb on Windows), without waiting on either.
#include <wx/window.h>

#include <filesystem>
#include <functional>
#include <string>

#include "session.h"
#include "td/core/document_service.h"

namespace td::app {

using MakeDocument = std::function<core::Outcome<core::PrintedDocument>(core::DocumentService&)>;

enum class Output { viewer, printer };

// This PC's printer (tokendesk.conf `printer`); empty when documents open in the viewer.
void set_configured_printer(const std::string& printer);
const std::string& configured_printer();
// The printer when one is configured, else the viewer.
Output default_output();

// Where a document went, in words for the page's status line.
using Told = std::function<void(const wxString& what_happened, bool ok)>;

// Opens `path` in the viewer or sends it to the configured printer (on `runner`'s worker: the
// print system may take its time); `told` hears the outcome if `owner` is still open.
void deliver_pdf(wxWindow* owner, TaskRunner& runner, const std::string& path, Output output,
                 Told told = {});

// `file_stem` names the PDF ("form-12"); `saved` gets its path instead of delivering it (tests
// and callers that deliver themselves). Refusals (e.g. 外字 the font lacks) are shown to
// `owner`.
void print_document(wxWindow* owner, Session& session, MakeDocument make,
                    const std::string& file_stem,
                    std::function<void(const std::string& path)> saved = {});

// `file_name` in this run's private directory for documents (removed when the program ends).
std::filesystem::path private_output_path(const std::string& file_name);

// For the worker: core builds and renders the document, publishes it as `file_stem`.pdf in this
// run's private directory and only then records the print; the refusal, or the file's path.
// Throws core::Fault (nothing recorded then).
core::Outcome<std::string> render_to_file(Desk& desk, const MakeDocument& make,
                                          const std::string& file_stem);

}  // namespace td::app
