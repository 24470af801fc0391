#pragma once
// One renderer for the whole test binary (loading the font and templates is the slow part),
// and helpers to render a document and read it back with the PDF tools.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pdf_tools.h"
#include "sample_documents.h"
#include "td/reports/pdf_renderer.h"

namespace td::reports::testing {

inline RendererConfig source_config() {
    RendererConfig c = PdfRenderer::default_config();
    c.reports_dir = TD_SOURCE_REPORTS_DIR;  // the templates under test, whatever the env says
    return c;
}

inline PdfRenderer& shared_renderer() {
    static PdfRenderer renderer(source_config());
    return renderer;
}

class RenderedPdf : public ::testing::Test {
  protected:
    std::filesystem::path render(const std::vector<core::DocumentModel>& docs,
                                 const std::string& title = "お手続き完了のお知らせ") {
        const auto bytes = shared_renderer().render(docs, samples::metadata(title));
        return dir_.write("doc" + std::to_string(++count_) + ".pdf", bytes);
    }
    std::filesystem::path render(const core::DocumentModel& doc) {
        return render(std::vector<core::DocumentModel>{doc});
    }
    // The document's text without whitespace (see squeeze).
    std::string text_of(const std::filesystem::path& pdf) { return squeeze(pdf_text(pdf)); }

    ScratchDir dir_;
    int count_ = 0;
};

}  // namespace td::reports::testing
