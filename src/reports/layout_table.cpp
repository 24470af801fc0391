// table and rows elements: ruled grids whose cells wrap and whose rows grow to fit; tables
// continue on new pages with their header repeated.
#include <algorithm>
#include <numeric>

#include "font_face.h"
#include "layout_context.h"

namespace td::reports {
namespace {

constexpr double kPadX = 1.5;  // mm inside each cell
constexpr double kPadY = 1.0;

struct Cell {
    std::vector<WrappedLine> lines;
    TextStyle style;
};

Cell make_cell(LayoutContext& ctx, const std::u32string& text, double width,
               const TextStyle& style) {
    Cell c;
    c.style = style;
    if (!text.empty())
        c.lines = wrap_text(text, ctx.font(), WrapSpec{width - 2 * kPadX, style.size, 0, 0});
    return c;
}

double cell_height(const Cell& c) {
    return static_cast<double>(c.lines.size()) * LayoutContext::line_height(c.style) + 2 * kPadY;
}

// Lines centred vertically in the row.
void put_cell(LayoutContext& ctx, const Cell& c, double x, double width, double y, double h) {
    const double block = static_cast<double>(c.lines.size()) * LayoutContext::line_height(c.style);
    ctx.put_lines(c.lines, x + kPadX, width - 2 * kPadX, y + (h - block) / 2, c.style, false);
}

void rules(LayoutContext& ctx, const std::vector<double>& edges, double y, double h,
           bool top_rule) {
    auto& lines = ctx.page().lines;
    if (top_rule) lines.push_back({edges.front(), y, edges.back(), y, 0.5, false});
    lines.push_back({edges.front(), y + h, edges.back(), y + h, 0.5, false});
    for (double x : edges) lines.push_back({x, y, x, y + h, 0.5, false});
}

}  // namespace

void layout_table(const Element& e, const TableElement& t, LayoutContext& ctx,
                  const std::vector<std::map<std::string, std::string>>& rows) {
    std::vector<double> edges{e.x};
    for (const auto& c : t.columns) edges.push_back(edges.back() + c.width);
    const double total = edges.back() - e.x;

    TextStyle header_style = t.style;
    header_style.align = Align::center;
    std::vector<Cell> header;
    double header_h = t.row_height;
    for (const auto& c : t.columns) {
        header.push_back(make_cell(ctx, ctx.resolve(c.header), c.width, header_style));
        header_h = std::max(header_h, cell_height(header.back()));
    }
    const auto put_header = [&](double y) {
        Rectangle fill;
        fill.x = e.x, fill.y = y, fill.width = total, fill.height = header_h;
        fill.fill = t.header_fill, fill.stroke = false;
        ctx.page().rectangles.push_back(fill);
        for (std::size_t i = 0; i < header.size(); ++i)
            put_cell(ctx, header[i], edges[i], t.columns[i].width, y, header_h);
        rules(ctx, edges, y, header_h, true);
        return y + header_h;
    };

    double y = ctx.start_of(e);
    y = ctx.fit(y, header_h + t.row_height);
    y = put_header(y);

    const auto put_row = [&](const std::vector<Cell>& cells, const std::vector<double>& row_edges,
                             double h) {
        if (y + h > ctx.bottom() + 1e-6) {
            ctx.new_page();
            y = put_header(ctx.top());
        }
        for (std::size_t i = 0; i < cells.size(); ++i)
            put_cell(ctx, cells[i], row_edges[i], row_edges[i + 1] - row_edges[i], y, h);
        rules(ctx, row_edges, y, h, false);
        y += h;
    };

    for (const auto& row : rows) {
        std::vector<Cell> cells;
        double h = t.row_height;
        for (const auto& c : t.columns) {
            const auto it = row.find(c.field);
            TextSpec value;
            if (it != row.end() && !it->second.empty()) value.parts.push_back({false, it->second});
            TextStyle style = t.style;
            style.align = c.align;
            cells.push_back(make_cell(ctx, ctx.resolve(value), c.width, style));
            h = std::max(h, cell_height(cells.back()));
        }
        put_row(cells, edges, h);
    }
    if (rows.empty() && !t.empty_text.empty()) {
        TextStyle style = t.style;
        style.align = Align::center;
        std::vector<Cell> cells{make_cell(ctx, ctx.resolve(t.empty_text), total, style)};
        put_row(cells, {e.x, e.x + total}, std::max(t.row_height, cell_height(cells[0])));
    }
    const std::size_t shown =
        std::max<std::size_t>(rows.size(), rows.empty() && !t.empty_text.empty());
    for (std::size_t i = shown; i < static_cast<std::size_t>(t.min_rows); ++i)
        put_row(std::vector<Cell>(t.columns.size()), edges, t.row_height);
    ctx.reached(y);
}

void layout_rows(const Element& e, const RowsElement& r, LayoutContext& ctx) {
    const double value_width = r.width - r.label_width;
    const std::vector<double> edges{e.x, e.x + r.label_width, e.x + r.width};
    double y = ctx.start_of(e);
    bool first = true;
    for (const auto& entry : r.rows) {
        if (!ctx.shows(entry.when)) continue;
        const Cell label = make_cell(ctx, ctx.resolve(entry.label), r.label_width, r.style);
        const Cell value = make_cell(ctx, ctx.resolve(entry.value), value_width, r.style);
        const double h =
            std::max({r.row_height, entry.height, cell_height(label), cell_height(value)});
        if (y + h > ctx.bottom() + 1e-6 && y > ctx.top() + 1e-6) {
            ctx.new_page();
            y = ctx.top();
            first = true;
        }
        if (r.frame) {
            Rectangle fill;
            fill.x = e.x, fill.y = y, fill.width = r.label_width, fill.height = h;
            fill.fill = r.label_fill, fill.stroke = false;
            ctx.page().rectangles.push_back(fill);
            rules(ctx, edges, y, h, first);
        }
        put_cell(ctx, label, e.x, r.label_width, y, h);
        put_cell(ctx, value, e.x + r.label_width, value_width, y, h);
        y += h;
        first = false;
    }
    ctx.reached(y);
}

}  // namespace td::reports
