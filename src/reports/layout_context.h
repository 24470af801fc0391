#pragma once
// State shared by the element layouts of one document: the pages so far, where the flow stands,
// and how to resolve and measure text.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "line_breaker.h"
#include "page_layout.h"
#include "template_model.h"
#include "text_spec.h"

namespace td::reports {

class FontFace;

inline constexpr double kMmPerPoint = 25.4 / 72.0;

class LayoutContext {
  public:
    LayoutContext(const Template& tpl, const FontFace& font, const TextResolver& resolver,
                  DocumentPages& pages);

    const Template& tpl() const { return tpl_; }
    const FontFace& font() const { return font_; }
    const TextResolver& resolver() const { return resolver_; }

    Page& page() { return pages_[current_]; }
    double top() const { return tpl_.page.top; }
    double bottom() const { return tpl_.page.height() - tpl_.page.bottom; }
    double right() const { return tpl_.page.width() - tpl_.page.right; }
    // Continues the flow on a fresh page at the top margin.
    void new_page();
    // Where an element starts: its y, or `below` the lowest content so far on this page, or
    // `below` the previous element's start (with_previous).
    double start_of(const Element& e);
    // Starts a new page when `height` mm from `y` would cross the bottom margin (unless y is
    // already at the top, where nothing more can be gained).
    double fit(double y, double height);
    // Records that content reaches down to y on the current page.
    void reached(double y);
    void use_page(std::size_t index) { current_ = index, cursor_ = top(); }

    std::u32string resolve(const TextSpec& spec) const;
    // Whether an element or row with this condition is shown for the document.
    bool shows(const std::optional<Condition>& when) const;
    static double line_height(const TextStyle& s) { return s.size * s.leading * kMmPerPoint; }
    // Emits wrapped lines in a box [x, x + width] from y down, breaking pages between lines
    // when allowed; returns the y below the last line.
    double put_lines(const std::vector<WrappedLine>& lines, double x, double width, double y,
                     const TextStyle& style, bool may_break_page);
    void put_text(std::u32string_view text, double x, double baseline, const TextStyle& style);
    // The baseline of a line whose box starts at `top`.
    double baseline(double top, const TextStyle& style) const;

  private:
    const Template& tpl_;
    const FontFace& font_;
    const TextResolver& resolver_;
    DocumentPages& pages_;
    std::size_t current_ = 0;
    double cursor_ = 0;
    double last_start_ = 0;
};

// One function per element type (layout_*.cpp).
void layout_text(const Element& e, const TextElement& t, LayoutContext& ctx);
void layout_line(const Element& e, const LineElement& l, LayoutContext& ctx);
void layout_box(const Element& e, const BoxElement& b, LayoutContext& ctx);
void layout_checklist(const Element& e, const ChecklistElement& c, LayoutContext& ctx);
void layout_table(const Element& e, const TableElement& t, LayoutContext& ctx,
                  const std::vector<std::map<std::string, std::string>>& rows);
void layout_rows(const Element& e, const RowsElement& r, LayoutContext& ctx);

}  // namespace td::reports
