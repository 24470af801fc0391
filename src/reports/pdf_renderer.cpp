#include "td/reports/pdf_renderer.h"

#include <algorithm>

#include "font_face.h"
#include "gaiji_table.h"
#include "layout_engine.h"
#include "pdf_writer.h"
#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "temp_font_dir.h"
#include "template_loader.h"
#include "utf8.h"

namespace td::reports {

struct PdfRenderer::Impl {
    explicit Impl(RendererConfig c)
        : config(std::move(c)),
          font(config.font_file),
          gaiji(GaijiTable::load(config.reports_dir / "gaiji.tsv", font)),
          templates(load_templates(config.reports_dir, font)) {}

    const Template& template_for(const core::DocumentModel& doc) const {
        const auto it = templates.find(doc.template_name);
        if (it == templates.end())
            throw core::Fault("template " + doc.template_name + ": no such template in " +
                              platform::utf8_of(config.reports_dir / "templates"));
        return it->second;
    }

    void check_value(const Template& tpl, const std::string& what, const std::string& value) const {
        const auto cps = decode_utf8(value);
        if (!cps) throw core::Fault("template " + tpl.name + ": " + what + " is not valid UTF-8");
        for (char32_t cp : *cps) {
            // Line breaks and tabs are layout, not glyphs (a tab prints as a space).
            if (cp == U'\n' || cp == U'\t' || font.covers(cp)) continue;
            std::string message = "template " + tpl.name + ": " + what + ": the character " +
                                  encode_utf8(cp) + " (" + code_point_name(cp) +
                                  ") cannot be printed";
            if (const auto s = gaiji.substitute(cp))
                message += "; its registered substitute is " + *s;
            throw core::Fault(message);
        }
    }

    // What the template will print from this document is printable, and selector fields hold
    // one of their declared choices (else a wording key would be missing).
    void check_document(const Template& tpl, const core::DocumentModel& doc) const {
        for (const auto& [name, value] : doc.fields) {
            if (!tpl.fields.count(name)) continue;
            check_value(tpl, "field " + name, value);
            const auto choices = tpl.choices.find(name);
            if (choices != tpl.choices.end() && !value.empty() &&
                std::find(choices->second.begin(), choices->second.end(), value) ==
                    choices->second.end()) {
                std::string list;
                for (const auto& c : choices->second) list += (list.empty() ? "" : ", ") + c;
                throw core::Fault("template " + tpl.name + ": field " + name + " is '" + value +
                                  "', not one of " + list);
            }
        }
        for (const auto& [table, rows] : doc.tables) {
            const auto declared = tpl.tables.find(table);
            if (declared == tpl.tables.end()) continue;
            for (const auto& row : rows)
                for (const auto& [column, value] : row)
                    if (declared->second.count(column))
                        check_value(tpl, "table " + table + " column " + column, value);
        }
    }

    RendererConfig config;
    FontFace font;
    GaijiTable gaiji;
    std::map<std::string, Template> templates;
    TempFontDir temp;
};

PdfRenderer::PdfRenderer(RendererConfig config)
    : impl_(std::make_unique<Impl>(std::move(config))) {}

PdfRenderer::~PdfRenderer() = default;

bool PdfRenderer::can_print(char32_t code_point) const {
    return impl_->font.covers(code_point);
}

std::optional<std::string> PdfRenderer::registered_substitute(char32_t code_point) const {
    return impl_->gaiji.substitute(code_point);
}

std::vector<std::uint8_t> PdfRenderer::render(const std::vector<core::DocumentModel>& documents,
                                              const core::PdfMetadata& metadata,
                                              const core::RenderProgress& progress) {
    if (documents.empty()) throw core::Fault("nothing to render: no documents");
    // Lay out everything first: the subset must hold every character of the batch, and one
    // subset per batch is what keeps 1,000 notices well under a second.
    std::vector<DocumentPages> laid_out;
    laid_out.reserve(documents.size());
    std::vector<bool> used(0x10000, false);
    for (const auto& doc : documents) {
        const Template& tpl = impl_->template_for(doc);
        impl_->check_document(tpl, doc);
        laid_out.push_back(layout_document(tpl, doc, impl_->font));
        for (const auto& page : laid_out.back())
            for (const auto& run : page.texts)
                for (char32_t cp : decode_utf8(run.text).value_or(std::u32string()))
                    if (cp < used.size()) used[cp] = true;
    }
    std::vector<char32_t> code_points;
    for (char32_t cp = 0; cp < 0x10000; ++cp)
        if (used[cp]) code_points.push_back(cp);
    // libharu needs at least one mapped character to build the font.
    if (code_points.empty()) code_points.push_back(U' ');

    std::optional<TempFile> subset;
    if (impl_->config.subset_font)
        subset.emplace(impl_->temp.write(impl_->font.subset(code_points)));

    PdfWriter writer;
    writer.set_metadata(metadata);
    writer.load_font(subset ? subset->path() : impl_->font.file());
    for (std::size_t i = 0; i < laid_out.size(); ++i) {
        for (const auto& page : laid_out[i]) writer.add_page(page);
        if (progress && !progress(i + 1, laid_out.size()))
            throw core::Fault("rendering stopped at the caller's request after " +
                              std::to_string(i + 1) + " of " + std::to_string(laid_out.size()) +
                              " documents");
    }
    return writer.finish();
}

}  // namespace td::reports
