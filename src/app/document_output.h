#pragma once
// Printing from the desktop: core builds, renders and records the document on the worker; the
// PDF is written to the temporary directory and opened in the system's viewer to print.
#include <wx/window.h>

#include <functional>
#include <string>

#include "session.h"
#include "td/core/document_service.h"

namespace td::app {

using MakeDocument = std::function<core::Outcome<core::PrintedDocument>(core::DocumentService&)>;

// `file_stem` names the PDF ("form-12"); `saved` gets its path (default: open the viewer).
// Refusals (e.g. 外字 the font lacks) are shown to `owner`.
void print_document(wxWindow* owner, Session& session, MakeDocument make,
                    const std::string& file_stem,
                    std::function<void(const std::string& path)> saved = {});

}  // namespace td::app
