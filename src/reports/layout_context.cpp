#include "layout_context.h"

#include <algorithm>

#include "font_face.h"
#include "td/core/outcome.h"
#include "utf8.h"

namespace td::reports {

LayoutContext::LayoutContext(const Template& tpl, const FontFace& font,
                             const TextResolver& resolver, DocumentPages& pages)
    : tpl_(tpl), font_(font), resolver_(resolver), pages_(pages) {
    if (pages_.empty()) pages_.emplace_back().landscape = tpl_.page.landscape;
    current_ = pages_.size() - 1;
    cursor_ = top();
}

void LayoutContext::new_page() {
    pages_.emplace_back().landscape = tpl_.page.landscape;
    current_ = pages_.size() - 1;
    cursor_ = top();
    // An element that continued here counts as starting here for with_previous.
    last_start_ = top();
}

double LayoutContext::start_of(const Element& e) {
    const double base = e.y ? *e.y : e.with_previous ? last_start_ : cursor_;
    last_start_ = base + (e.y ? 0 : e.below);
    return last_start_;
}

double LayoutContext::fit(double y, double height) {
    if (y + height <= bottom() + 1e-6 || y <= top() + 1e-6) return y;
    new_page();
    return top();
}

void LayoutContext::reached(double y) {
    cursor_ = std::max(cursor_, y);
}

std::u32string LayoutContext::resolve(const TextSpec& spec) const {
    const std::string text = resolver_.resolve(spec);
    auto decoded = decode_utf8(text);
    // Field values were checked before layout and wording when loading.
    if (!decoded) throw core::Fault("template " + tpl_.name + ": " + spec.source + " is not UTF-8");
    // Core passes tabs through as layout; the font has no glyph for them.
    std::replace(decoded->begin(), decoded->end(), U'\t', U' ');
    return std::move(*decoded);
}

bool LayoutContext::shows(const std::optional<Condition>& when) const {
    if (!when) return true;
    const std::string& value = resolver_.field(when->field);
    if (when->empty) return value.empty() == *when->empty;
    return std::find(when->in.begin(), when->in.end(), value) != when->in.end();
}

double LayoutContext::baseline(double top_y, const TextStyle& style) const {
    const double size_mm = style.size * kMmPerPoint;
    // Centre the em box in the line box, then drop to the baseline.
    return top_y + (line_height(style) - size_mm) / 2 + font_.ascender() * size_mm;
}

void LayoutContext::put_text(std::u32string_view text, double x, double base,
                             const TextStyle& style) {
    if (text.empty()) return;
    TextRun run;
    run.x = x;
    run.baseline = base;
    run.size = style.size;
    run.text = encode_utf8(text);
    run.bold = style.bold;
    run.gray = style.gray;
    page().texts.push_back(std::move(run));
}

double LayoutContext::put_lines(const std::vector<WrappedLine>& lines, double x, double width,
                                double y, const TextStyle& style, bool may_break_page) {
    const double lh = line_height(style);
    for (const auto& line : lines) {
        if (may_break_page) y = fit(y, lh);
        double lx = x + line.offset;
        if (style.align == Align::center)
            lx = x + (width - line.width) / 2;
        else if (style.align == Align::right)
            lx = x + width - line.width;
        put_text(line.text, lx, baseline(y, style), style);
        y += lh;
    }
    return y;
}

}  // namespace td::reports
