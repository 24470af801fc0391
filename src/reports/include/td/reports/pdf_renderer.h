#pragma once
// The reports adapter: core's DocumentRenderer port, printing A4 PDF documents from the
// templates under reports/ with the font embedded (subset per render).
#include <filesystem>
#include <memory>

#include "td/core/document_model.h"

namespace td::reports {

struct RendererConfig {
    std::filesystem::path font_file;    // a TrueType font (IPAex Mincho by default)
    std::filesystem::path reports_dir;  // holds templates/NAME.json and gaiji.tsv
    // false embeds the whole font instead of a per-render subset: only the benchmark's naive
    // comparison wants that (about 25 times slower and 5 times larger).
    bool subset_font = true;
};

class PdfRenderer final : public core::DocumentRenderer {
  public:
    // Loads the font and every template once; throws core::Fault naming the file and the
    // problem (missing font and its package, template errors with template and field).
    explicit PdfRenderer(RendererConfig config);
    ~PdfRenderer() override;
    PdfRenderer(const PdfRenderer&) = delete;
    PdfRenderer& operator=(const PdfRenderer&) = delete;

    // TOKENDESK_FONT or IPAex Mincho; TOKENDESK_REPORTS_DIR, else the source tree's reports/
    // (build trees), else <prefix>/share/tokendesk/reports (installed).
    static RendererConfig default_config();

    bool can_print(char32_t code_point) const override;
    std::optional<std::string> registered_substitute(char32_t code_point) const override;
    // Not thread-safe: one render at a time per renderer.
    std::vector<std::uint8_t> render(const std::vector<core::DocumentModel>& documents,
                                     const core::PdfMetadata& metadata,
                                     const core::RenderProgress& progress = {}) override;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace td::reports
