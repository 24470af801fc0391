// text and paragraph elements: wrapped lines in a box from x to x + width.
#include "font_face.h"
#include "layout_context.h"
#include "td/core/outcome.h"

namespace td::reports {

void layout_text(const Element& e, const TextElement& t, LayoutContext& ctx) {
    const std::u32string text = ctx.resolve(t.text);
    // An empty value prints nothing and takes no room, so optional lines (an addressee when
    // only the company is named) close up.
    if (text.empty()) return;
    const double width = t.width > 0 ? t.width : ctx.right() - e.x;
    if (width <= 0)
        throw core::Fault("template " + ctx.tpl().name + ": element " + std::to_string(e.number) +
                          " (" + e.type + "): x is beyond the right margin");
    const auto lines = wrap_text(text, ctx.font(),
                                 WrapSpec{width, t.style.size, t.indent, t.hang, t.hang_markers});
    const double y = ctx.start_of(e);
    // Only flowing text moves to a new page: placed text (a footer in the margin) stays put.
    ctx.reached(ctx.put_lines(lines, e.x, width, y, t.style, !e.y));
}

}  // namespace td::reports
