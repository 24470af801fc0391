#include "layout_engine.h"

#include <type_traits>
#include <variant>

#include "layout_context.h"

namespace td::reports {
namespace {

void layout_element(const Element& e, LayoutContext& ctx, const core::DocumentModel& doc) {
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, TextElement>) {
                layout_text(e, body, ctx);
            } else if constexpr (std::is_same_v<T, LineElement>) {
                layout_line(e, body, ctx);
            } else if constexpr (std::is_same_v<T, BoxElement>) {
                layout_box(e, body, ctx);
            } else if constexpr (std::is_same_v<T, TableElement>) {
                static const std::vector<core::DocumentRow> kNoRows;
                const auto it = doc.tables.find(body.table);
                layout_table(e, body, ctx, it == doc.tables.end() ? kNoRows : it->second);
            } else if constexpr (std::is_same_v<T, RowsElement>) {
                layout_rows(e, body, ctx);
            } else {
                layout_checklist(e, body, ctx);
            }
        },
        e.body);
}

}  // namespace

DocumentPages layout_document(const Template& tpl, const core::DocumentModel& doc,
                              const FontFace& font) {
    DocumentPages pages;
    const TextResolver resolver(tpl, doc.language, doc.fields);
    LayoutContext ctx(tpl, font, resolver, pages);
    for (const auto& e : tpl.elements)
        if (ctx.shows(e.when)) layout_element(e, ctx, doc);

    if (!tpl.footer.empty()) {
        // Footers know the page count only now that the body is laid out.
        FieldValues numbers{{"pages", std::to_string(pages.size())}};
        for (std::size_t i = 0; i < pages.size(); ++i) {
            numbers["page"] = std::to_string(i + 1);
            const TextResolver footer_resolver(tpl, doc.language, doc.fields, &numbers);
            LayoutContext footer(tpl, font, footer_resolver, pages);
            footer.use_page(i);
            for (const auto& e : tpl.footer)
                if (footer.shows(e.when)) layout_element(e, footer, doc);
        }
    }
    return pages;
}

}  // namespace td::reports
