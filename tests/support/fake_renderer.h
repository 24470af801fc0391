#pragma once
// A DocumentRenderer that keeps the models it was given instead of drawing them. Like the
// real one it cannot print code points above U+FFFF; 𠮷 has a registered substitute.
#include <map>

#include "td/core/document_model.h"
#include "td/core/outcome.h"

namespace td::test {

class FakeRenderer final : public core::DocumentRenderer {
  public:
    bool can_print(char32_t cp) const override { return cp <= 0xFFFF; }
    std::optional<std::string> registered_substitute(char32_t cp) const override {
        if (cp == 0x20BB7) return std::string("吉");  // 𠮷 (つちよし) → 吉
        return std::nullopt;
    }
    std::vector<std::uint8_t> render(const std::vector<core::DocumentModel>& documents,
                                     const core::PdfMetadata& metadata,
                                     const core::RenderProgress& progress) override {
        rendered = documents;
        last_metadata = metadata;
        // Like the real renderer: a progress callback that says stop ends the render.
        for (std::size_t i = 1; progress && i <= documents.size(); ++i)
            if (!progress(i, documents.size())) throw core::Fault("rendering cancelled");
        return {'%', 'P', 'D', 'F'};
    }

    std::vector<core::DocumentModel> rendered;
    core::PdfMetadata last_metadata;
};

}  // namespace td::test
