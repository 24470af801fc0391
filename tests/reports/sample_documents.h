#pragma once
// Realistic documents for every template, as core fills them (docs/documents.md), shared by
// the reports tests and the PDF benchmark.
#include <string>
#include <vector>

#include "td/core/document_model.h"

namespace td::reports::samples {

core::DocumentModel completion_notice(core::Language lang, const std::string& procedure);
core::DocumentModel activation_letter(core::Language lang);
// form_token_application, form_unlock, form_revoke, form_misuse_report; blank sends every
// customer field empty, as `form TYPE --blank` does.
core::DocumentModel form(const std::string& template_name, core::Language lang, bool blank);
core::DocumentModel journal(core::Language lang, int procedures);
// A branch's month as core::monthly_report_documents fills it.
core::DocumentModel monthly_report(core::Language lang);

// One of each template (ja), plus the completion notice for every procedure.
std::vector<core::DocumentModel> every_template(core::Language lang);
core::PdfMetadata metadata(const std::string& title);

}  // namespace td::reports::samples
