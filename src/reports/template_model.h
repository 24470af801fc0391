#pragma once
// A document template as loaded from reports/templates/NAME.json (format: reports/README.md).
// Loading checks everything it can, so that rendering only meets problems in the data.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "td/core/messages.h"

namespace td::reports {

// A piece of text: literal runs and {field} insertions.
struct TextPart {
    bool is_field = false;
    std::string text;  // the literal text, or the field name
};
using TextParts = std::vector<TextPart>;

// What a text attribute says: either literal text with {field} insertions, or "@key" naming a
// wording entry, whose key may select by field ("@body.{procedure}").
struct TextSpec {
    std::string source;  // as written, for messages
    bool is_wording = false;
    TextParts parts;  // literal text, or the wording key pattern
    bool empty() const { return !is_wording && parts.empty(); }
};

enum class Align { left, center, right };

// Shown only when the field's value is one of `in`, or (with `empty`) is / is not empty.
struct Condition {
    std::string field;
    std::vector<std::string> in;
    std::optional<bool> empty;
};

struct TextStyle {
    double size = 10.5;    // points
    double leading = 1.5;  // line height as a multiple of the size
    Align align = Align::left;
    bool bold = false;
    double gray = 0.0;  // 0 black … 1 white
};

struct TextElement {
    TextSpec text;
    TextStyle style;
    double width = 0;           // mm; 0: up to the right margin
    double indent = 0;          // mm, first line of each paragraph
    double hang = 0;            // mm, lines after the first of each paragraph
    bool hang_markers = false;  // hang under the text after "１．", "※ " … instead
};

struct LineElement {
    double x2 = 0, y2 = 0;   // end point, relative to the start
    double thickness = 0.5;  // points
    bool dashed = false;
};

enum class Shape { rect, circle };
enum class CaptionPosition { top, above, inside, center };

struct BoxElement {
    double width = 0, height = 0;
    Shape shape = Shape::rect;
    double thickness = 0.5;
    bool dashed = false;
    TextSpec caption;
    CaptionPosition caption_position = CaptionPosition::top;
    double caption_size = 8;
    double caption_height = 6;  // mm, the strip under `top` captions and cells
    std::vector<TextSpec> cells;
};

struct TableColumn {
    TextSpec header;
    std::string field;
    double width = 0;
    Align align = Align::left;
};

struct TableElement {
    std::string table;
    std::vector<TableColumn> columns;
    TextStyle style;
    double row_height = 7;  // mm, the minimum: cells wrap and rows grow
    double header_fill = 0.9;
    TextSpec empty_text;
    int min_rows = 0;
};

struct RowsEntry {
    TextSpec label;
    TextSpec value;
    std::optional<Condition> when;
    double height = 0;  // mm, this row's minimum when more than the element's row_height
};

struct RowsElement {
    std::vector<RowsEntry> rows;
    TextStyle style;
    double width = 0;
    double label_width = 40;
    double row_height = 8;
    bool frame = true;
    double label_fill = 0.93;
};

struct ChecklistElement {
    std::vector<TextSpec> items;
    TextStyle style;
    double width = 0;
    int columns = 1;
};

using ElementBody =
    std::variant<TextElement, LineElement, BoxElement, TableElement, RowsElement, ChecklistElement>;

struct Element {
    std::size_t number = 0;  // 1-based, for messages
    std::string type;        // as written: "text", "paragraph", …
    std::optional<Condition> when;
    double x = 0;
    std::optional<double> y;  // mm from the page top; absent: `below` the content so far
    double below = 0;
    bool with_previous = false;  // starts `below` the previous element's top (side by side)
    ElementBody body;
};

inline constexpr double kPageWidth = 210.0;  // A4 portrait, mm
inline constexpr double kPageHeight = 297.0;

struct PageSetup {
    double top = 20, right = 20, bottom = 20, left = 20;  // margins, mm
    bool landscape = false;  // A4 turned: 297 mm wide, 210 mm high
    double width() const { return landscape ? kPageHeight : kPageWidth; }
    double height() const { return landscape ? kPageWidth : kPageHeight; }
};

using Wording = std::map<std::string, TextParts>;

struct Template {
    std::string name;
    PageSetup page;
    std::set<std::string> fields;
    std::map<std::string, std::set<std::string>> tables;      // table → its columns
    std::map<std::string, std::vector<std::string>> choices;  // field → the values it may take
    std::vector<Element> elements;
    std::vector<Element> footer;  // on every page; may use {page} and {pages}
    std::map<core::Language, Wording> wording;
};

}  // namespace td::reports
