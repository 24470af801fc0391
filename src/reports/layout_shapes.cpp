// line, box and checklist elements: rules, signature and seal boxes, the bank-use stamp box,
// and tick boxes.
#include <algorithm>

#include "font_face.h"
#include "layout_context.h"

namespace td::reports {
namespace {

TextStyle caption_style(double size) {
    TextStyle s;
    s.size = size;
    s.leading = 1.3;
    return s;
}

// One line of caption text centred in [x, x + width] with its line box starting at y.
void centered(LayoutContext& ctx, const std::u32string& text, double x, double width, double y,
              const TextStyle& style) {
    const double w = text_width(text, ctx.font(), style.size);
    ctx.put_text(text, x + (width - w) / 2, ctx.baseline(y, style), style);
}

}  // namespace

void layout_line(const Element& e, const LineElement& l, LayoutContext& ctx) {
    double y = ctx.start_of(e);
    if (!e.y) y = ctx.fit(y, std::max(0.0, l.y2));
    ctx.page().lines.push_back({e.x, y, e.x + l.x2, y + l.y2, l.thickness, l.dashed});
    ctx.reached(std::max(y, y + l.y2));
}

void layout_box(const Element& e, const BoxElement& b, LayoutContext& ctx) {
    const TextStyle cs = caption_style(b.caption_size);
    const double caption_line = LayoutContext::line_height(cs);
    const bool above = !b.caption.empty() && b.caption_position == CaptionPosition::above;
    double y = ctx.start_of(e);
    if (!e.y) y = ctx.fit(y, b.height + (above ? caption_line : 0));
    if (above) {
        ctx.put_text(ctx.resolve(b.caption), e.x, ctx.baseline(y, cs), cs);
        y += caption_line;
    }
    if (b.shape == Shape::circle) {
        const double r = std::min(b.width, b.height) / 2;
        ctx.page().circles.push_back(
            {e.x + b.width / 2, y + b.height / 2, r, b.thickness, b.dashed});
    } else {
        Rectangle rect;
        rect.x = e.x, rect.y = y, rect.width = b.width, rect.height = b.height;
        rect.thickness = b.thickness, rect.dashed = b.dashed;
        ctx.page().rectangles.push_back(rect);
    }
    const double strip_y = y + (b.caption_height - caption_line) / 2;
    if (!b.cells.empty()) {
        // The bank's stamp box: a caption strip over equal cells (受付日 | 担当者 | 検印者).
        const double cell = b.width / static_cast<double>(b.cells.size());
        ctx.page().lines.push_back(
            {e.x, y + b.caption_height, e.x + b.width, y + b.caption_height, b.thickness, false});
        for (std::size_t i = 0; i < b.cells.size(); ++i) {
            const double cx = e.x + cell * static_cast<double>(i);
            if (i > 0) ctx.page().lines.push_back({cx, y, cx, y + b.height, b.thickness, false});
            centered(ctx, ctx.resolve(b.cells[i]), cx, cell, strip_y, cs);
        }
    }
    if (!b.caption.empty() && !above) {
        const std::u32string caption = ctx.resolve(b.caption);
        switch (b.caption_position) {
            case CaptionPosition::top:
                ctx.page().lines.push_back({e.x, y + b.caption_height, e.x + b.width,
                                            y + b.caption_height, b.thickness, false});
                centered(ctx, caption, e.x, b.width, strip_y, cs);
                break;
            case CaptionPosition::inside:
                ctx.put_text(caption, e.x + 1.5, ctx.baseline(y + 1, cs), cs);
                break;
            case CaptionPosition::center: {
                TextStyle faint = cs;
                faint.gray = 0.55;
                centered(ctx, caption, e.x, b.width, y + (b.height - caption_line) / 2, faint);
                break;
            }
            case CaptionPosition::above:
                break;
        }
    }
    ctx.reached(y + b.height);
}

void layout_checklist(const Element& e, const ChecklistElement& c, LayoutContext& ctx) {
    const double lh = LayoutContext::line_height(c.style);
    const double column = c.width / c.columns;
    const double side = c.style.size * kMmPerPoint * 0.85;
    double y = ctx.start_of(e);
    for (std::size_t i = 0; i < c.items.size(); ++i) {
        const auto col = static_cast<int>(i % static_cast<std::size_t>(c.columns));
        if (col == 0 && i > 0) y += lh;
        if (col == 0) y = ctx.fit(y, lh);
        const double x = e.x + column * col;
        Rectangle box;
        box.x = x, box.y = y + (lh - side) / 2, box.width = side, box.height = side;
        ctx.page().rectangles.push_back(box);
        ctx.put_text(ctx.resolve(c.items[i]), x + side + 1.5, ctx.baseline(y, c.style), c.style);
    }
    ctx.reached(y + lh);
}

}  // namespace td::reports
