#pragma once
// Lays out one document: its template's elements in order, then the footer on every page.
#include "page_layout.h"
#include "td/core/document_model.h"
#include "template_model.h"

namespace td::reports {

class FontFace;

DocumentPages layout_document(const Template& tpl, const core::DocumentModel& doc,
                              const FontFace& font);

}  // namespace td::reports
