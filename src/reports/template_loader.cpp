#include "template_loader.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "font_face.h"
#include "json_attributes.h"
#include "td/core/document_model.h"
#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "text_spec.h"
#include "utf8.h"

namespace td::reports {
namespace {

using nlohmann::json;

// Fields the renderer fills itself, for footers.
const std::set<std::string> kPageFields{"page", "pages"};

// Japanese first: messages then name the language documents are mostly printed in.
const std::vector<std::pair<std::string, core::Language>> kLanguages{{"ja", core::Language::ja},
                                                                     {"en", core::Language::en}};

Align parse_align(const std::string& s) {
    return s == "center" ? Align::center : s == "right" ? Align::right : Align::left;
}

class Loader {
  public:
    Loader(std::string name, const FontFace& font) : font_(font) { tpl_.name = std::move(name); }

    Template load(const json& root) {
        JsonAttributes top(root, [this](const std::string& m) { fail("", m); });
        top.string("description");
        read_page(top.object("page"));
        read_fields(top);
        read_wording(top.object("wording"));
        const json* elements = top.array("elements");
        if (!elements || elements->empty()) fail("", "elements is required and may not be empty");
        std::size_t number = 0;
        for (const auto& e : *elements) tpl_.elements.push_back(element(e, ++number, false));
        if (const json* footer = top.array("footer")) {
            number = 0;
            for (const auto& e : *footer) tpl_.footer.push_back(element(e, ++number, true));
        }
        top.finish();
        return std::move(tpl_);
    }

  private:
    [[noreturn]] void fail(const std::string& where, const std::string& message) const {
        throw core::Fault("template " + tpl_.name + ": " + (where.empty() ? "" : where + ": ") +
                          message);
    }

    void read_page(const json* page) {
        if (!page) return;
        JsonAttributes a(*page, [this](const std::string& m) { fail("page", m); });
        if (a.choice("size", {"A4"}, "A4") != "A4") fail("page", "only A4 is supported");
        tpl_.page.landscape =
            a.choice("orientation", {"portrait", "landscape"}, "portrait") == "landscape";
        if (const json* margins = a.object("margins")) {
            JsonAttributes m(*margins,
                             [this](const std::string& msg) { fail("page margins", msg); });
            tpl_.page.top = m.number("top", tpl_.page.top, 0, 60);
            tpl_.page.right = m.number("right", tpl_.page.right, 0, 60);
            tpl_.page.bottom = m.number("bottom", tpl_.page.bottom, 0, 60);
            tpl_.page.left = m.number("left", tpl_.page.left, 0, 60);
            m.finish();
        }
        a.finish();
    }

    std::vector<std::string> string_list(const json& list, const std::string& where) {
        if (!list.is_array()) fail(where, "must be an array of strings");
        std::vector<std::string> out;
        for (const auto& item : list) {
            if (!item.is_string()) fail(where, "must be an array of strings");
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    void read_fields(JsonAttributes& top) {
        const json* fields = top.array("fields");
        if (!fields) fail("", "fields is required (the fields core fills, see docs/documents.md)");
        for (auto& f : string_list(*fields, "fields")) {
            if (kPageFields.count(f)) fail("fields", "{" + f + "} is the renderer's own");
            tpl_.fields.insert(std::move(f));
        }
        if (const json* tables = top.object("tables")) {
            for (const auto& [name, columns] : tables->items()) {
                auto list = string_list(columns, "tables." + name);
                tpl_.tables[name] = std::set<std::string>(list.begin(), list.end());
            }
        }
        if (const json* choices = top.object("choices")) {
            for (const auto& [field, values] : choices->items()) {
                if (!tpl_.fields.count(field))
                    fail("choices", "unknown field {" + field + "} (not in fields)");
                tpl_.choices[field] = string_list(values, "choices." + field);
            }
        }
    }

    void check_printable(const std::string& text, const std::string& where) const {
        const auto cps = decode_utf8(text);
        if (!cps) fail(where, "not valid UTF-8");
        for (char32_t cp : *cps)
            if (cp != U'\n' && cp != U'\t' && !font_.covers(cp))
                fail(where, "the character " + encode_utf8(cp) + " (" + code_point_name(cp) +
                                ") cannot be printed with the font " +
                                platform::utf8_of(font_.file()));
    }

    void read_wording(const json* wording) {
        if (!wording) fail("", "wording is required, with \"ja\" and \"en\"");
        for (const auto& [code, language] : kLanguages) {
            const auto it = wording->find(code);
            if (it == wording->end() || !it->is_object())
                fail("wording", "\"" + code + "\" is required (an object of key: text)");
            Wording& out = tpl_.wording[language];
            for (const auto& [key, value] : it->items()) {
                const std::string where = "wording " + code + "." + key;
                std::string text;
                if (value.is_string()) {
                    text = value.get<std::string>();
                } else if (value.is_array()) {
                    // Arrays are lines: easier to read and edit than "\n" in one long string.
                    for (const auto& line : string_list(value, where))
                        text += (text.empty() ? "" : "\n") + line;
                } else {
                    fail(where, "must be a string or an array of lines");
                }
                check_printable(text, where);
                try {
                    out[key] = parse_parts(text);
                } catch (const std::invalid_argument& e) {
                    fail(where, e.what());
                }
                for (const auto& f : fields_of(out[key]))
                    if (!tpl_.fields.count(f) && !kPageFields.count(f))
                        fail(where, "unknown field {" + f + "}");
            }
        }
        for (const auto& [key, parts] : tpl_.wording[core::Language::ja])
            if (!tpl_.wording[core::Language::en].count(key))
                fail("wording", "key '" + key + "' is in ja but missing in en");
        for (const auto& [key, parts] : tpl_.wording[core::Language::en])
            if (!tpl_.wording[core::Language::ja].count(key))
                fail("wording", "key '" + key + "' is in en but missing in ja");
    }

    // Every key a wording reference can produce, given the choices of its selector fields.
    std::vector<std::string> expand_key(const TextParts& parts, const std::string& where) const {
        std::vector<std::string> keys{""};
        for (const auto& part : parts) {
            if (!part.is_field) {
                for (auto& k : keys) k += part.text;
                continue;
            }
            if (!tpl_.fields.count(part.text)) fail(where, "unknown field {" + part.text + "}");
            const auto choices = tpl_.choices.find(part.text);
            if (choices == tpl_.choices.end())
                fail(where, "field {" + part.text + "} selects wording but has no choices");
            std::vector<std::string> next;
            for (const auto& k : keys)
                for (const auto& value : choices->second) next.push_back(k + value);
            keys = std::move(next);
        }
        return keys;
    }

    TextSpec text(const std::string& source, const std::string& where, bool footer) const {
        TextSpec spec;
        try {
            spec = parse_text_spec(source);
        } catch (const std::invalid_argument& e) {
            fail(where, e.what());
        }
        if (spec.is_wording) {
            for (const auto& key : expand_key(spec.parts, where))
                for (const auto& [code, language] : kLanguages)
                    if (!tpl_.wording.at(language).count(key))
                        fail(where, "wording key '" + key + "' is missing in " + code);
        } else {
            check_printable(source, where);
            for (const auto& f : fields_of(spec.parts))
                if (!tpl_.fields.count(f) && !(footer && kPageFields.count(f)))
                    fail(where, "unknown field {" + f + "}");
        }
        return spec;
    }

    TextSpec text_attr(JsonAttributes& a, const std::string& key, const std::string& where,
                       bool footer, bool required) const {
        const auto source = required ? std::optional(a.required_string(key)) : a.string(key);
        if (!source) return {};
        return text(*source, where + " " + key, footer);
    }

    std::optional<Condition> condition(JsonAttributes& a, const std::string& where) const {
        const json* when = a.object("when");
        if (!when) return std::nullopt;
        const std::string here = where + " when";
        JsonAttributes w(*when, [&](const std::string& m) { fail(here, m); });
        Condition c;
        c.field = w.required_string("field");
        if (!tpl_.fields.count(c.field)) fail(here, "unknown field {" + c.field + "}");
        if (const json* in = w.array("in")) {
            for (const auto& v : *in) {
                if (!v.is_string()) fail(here, "in must be an array of strings");
                c.in.push_back(v.get<std::string>());
            }
            const auto choices = tpl_.choices.find(c.field);
            if (choices != tpl_.choices.end())
                for (const auto& v : c.in)
                    if (std::find(choices->second.begin(), choices->second.end(), v) ==
                        choices->second.end())
                        fail(here, "'" + v + "' is not a choice of {" + c.field + "}");
        }
        if (w.has("empty")) c.empty = w.boolean("empty", false);
        if (c.in.empty() == !c.empty.has_value())
            fail(here, "give exactly one of \"in\" and \"empty\"");
        w.finish();
        return c;
    }

    TextStyle style(JsonAttributes& a, double size, double leading) const {
        TextStyle s;
        s.size = a.number("size", size, 5, 36);
        s.leading = a.number("leading", leading, 1, 3);
        s.align = parse_align(a.choice("align", {"left", "center", "right"}, "left"));
        s.bold = a.boolean("bold", false);
        s.gray = a.number("gray", 0, 0, 1);
        return s;
    }

    double width(JsonAttributes& a, const Element& e, bool required) const {
        const auto w = a.number("width", 0.1, tpl_.page.width());
        if (!w && required) a.fail("width is required");
        if (w && e.x + *w > tpl_.page.width() + 1e-9) a.fail("x + width runs off the page");
        return w.value_or(0);
    }

    Element element(const json& node, std::size_t number, bool footer) {
        Element e;
        e.number = number;
        std::string where =
            std::string(footer ? "footer element " : "element ") + std::to_string(number);
        JsonAttributes a(node, [&](const std::string& m) { fail(where, m); });
        e.type = a.choice("type",
                          {"text", "paragraph", "line", "box", "table", "rows", "checklist"}, "");
        if (e.type.empty()) a.fail("type is required");
        where += " (" + e.type + ")";
        e.when = condition(a, where);
        e.x = a.number("x", tpl_.page.left, 0, tpl_.page.width());
        e.y = a.number("y", 0, tpl_.page.height());
        if (a.has("below") && e.y) a.fail("give y or below, not both");
        e.below = a.number("below", 0, 0, 100);
        e.with_previous = a.boolean("with_previous", false);
        if (e.with_previous && e.y) a.fail("give y or with_previous, not both");
        if (e.with_previous && number == 1) a.fail("the first element has no previous one");
        if (footer && !e.y) a.fail("footer elements need y");

        if (e.type == "text" || e.type == "paragraph") {
            TextElement t;
            const bool para = e.type == "paragraph";
            t.style = style(a, 10.5, para ? 1.75 : 1.4);
            t.width = width(a, e, false);
            t.indent = a.number("indent", 0, 0, 50);
            t.hang = a.number("hang", 0, 0, 50);
            t.hang_markers = a.boolean("hang_markers", false);
            if (t.hang_markers && a.has("hang")) a.fail("give hang or hang_markers, not both");
            t.text = text_attr(a, "text", where, footer, true);
            e.body = std::move(t);
        } else if (e.type == "line") {
            LineElement l;
            l.x2 = a.number("width", 0, -tpl_.page.width(), tpl_.page.width());
            l.y2 = a.number("height", 0, -tpl_.page.height(), tpl_.page.height());
            if (l.x2 == 0 && l.y2 == 0) a.fail("a line needs width or height");
            if (e.x + l.x2 > tpl_.page.width() + 1e-9 || e.x + l.x2 < 0)
                a.fail("the line runs off the page");
            l.thickness = a.number("thickness", 0.5, 0.1, 5);
            l.dashed = a.boolean("dashed", false);
            e.body = l;
        } else if (e.type == "box") {
            BoxElement b;
            b.width = width(a, e, true);
            b.height = a.number("height", 1, tpl_.page.height()).value_or(0);
            if (b.height == 0) a.fail("height is required");
            b.shape = a.choice("shape", {"rect", "circle"}, "rect") == "circle" ? Shape::circle
                                                                                : Shape::rect;
            b.thickness = a.number("thickness", 0.5, 0.1, 5);
            b.dashed = a.boolean("dashed", false);
            b.caption = text_attr(a, "caption", where, footer, false);
            const auto pos =
                a.choice("caption_position", {"top", "above", "inside", "center"}, "top");
            b.caption_position = pos == "above"    ? CaptionPosition::above
                                 : pos == "inside" ? CaptionPosition::inside
                                 : pos == "center" ? CaptionPosition::center
                                                   : CaptionPosition::top;
            b.caption_size = a.number("caption_size", 8, 5, 20);
            b.caption_height = a.number("caption_height", 6, 2, 30);
            if (const json* cells = a.array("cells")) {
                if (b.shape != Shape::rect) a.fail("cells need shape rect");
                for (const auto& c : *cells) {
                    if (!c.is_string()) a.fail("cells must be an array of strings");
                    b.cells.push_back(text(c.get<std::string>(), where + " cells", footer));
                }
            }
            if (b.caption_height >= b.height &&
                (!b.cells.empty() ||
                 (!b.caption.empty() && b.caption_position == CaptionPosition::top)))
                a.fail("caption_height must be less than height");
            e.body = std::move(b);
        } else if (e.type == "table") {
            e.body = table(a, e, where, footer);
        } else if (e.type == "rows") {
            e.body = rows(a, e, where, footer);
        } else {
            ChecklistElement c;
            c.style = style(a, 10, 1.6);
            c.width = width(a, e, true);
            c.columns = a.integer("columns", 1, 1, 6);
            const json* items = a.array("items");
            if (!items || items->empty()) a.fail("items is required");
            for (const auto& item : *items) {
                if (!item.is_string()) a.fail("items must be an array of strings");
                c.items.push_back(text(item.get<std::string>(), where + " items", footer));
            }
            e.body = std::move(c);
        }
        a.finish();
        return e;
    }

    TableElement table(JsonAttributes& a, const Element& e, const std::string& where, bool footer) {
        TableElement t;
        t.table = a.required_string("table");
        const auto declared = tpl_.tables.find(t.table);
        if (declared == tpl_.tables.end())
            a.fail("unknown table '" + t.table + "' (not in tables)");
        t.style = style(a, 9, 1.3);
        t.row_height = a.number("row_height", 7, 3, 50);
        t.header_fill = a.number("header_fill", 0.9, 0, 1);
        t.empty_text = text_attr(a, "empty_text", where, footer, false);
        t.min_rows = a.integer("min_rows", 0, 0, 100);
        const json* columns = a.array("columns");
        if (!columns || columns->empty()) a.fail("columns is required");
        double total = 0;
        std::size_t n = 0;
        for (const auto& c : *columns) {
            const std::string here = where + " column " + std::to_string(++n);
            JsonAttributes ca(c, [&](const std::string& m) { fail(here, m); });
            TableColumn col;
            col.header = text_attr(ca, "header", here, footer, true);
            col.field = ca.required_string("field");
            if (!declared->second.count(col.field))
                ca.fail("unknown field {" + col.field + "} (not a column of table " + t.table +
                        ")");
            col.width = ca.number("width", 1, tpl_.page.width()).value_or(0);
            if (col.width == 0) ca.fail("width is required");
            col.align = parse_align(ca.choice("align", {"left", "center", "right"}, "left"));
            ca.finish();
            total += col.width;
            t.columns.push_back(std::move(col));
        }
        if (e.x + total > tpl_.page.width() + 1e-9) a.fail("the columns run off the page");
        return t;
    }

    RowsElement rows(JsonAttributes& a, const Element& e, const std::string& where, bool footer) {
        RowsElement r;
        r.style = style(a, 10.5, 1.35);
        r.width = width(a, e, true);
        r.label_width = a.number("label_width", 40, 5, tpl_.page.width());
        if (r.label_width >= r.width) a.fail("label_width must be less than width");
        r.row_height = a.number("row_height", 8, 3, 50);
        r.frame = a.boolean("frame", true);
        r.label_fill = a.number("label_fill", 0.93, 0, 1);
        const json* list = a.array("rows");
        if (!list || list->empty()) a.fail("rows is required");
        std::size_t n = 0;
        for (const auto& item : *list) {
            const std::string here = where + " row " + std::to_string(++n);
            JsonAttributes ra(item, [&](const std::string& m) { fail(here, m); });
            RowsEntry entry;
            entry.label = text_attr(ra, "label", here, footer, true);
            entry.value = text_attr(ra, "value", here, footer, false);
            entry.when = condition(ra, here);
            entry.height = ra.number("height", 0, 3, 200);
            ra.finish();
            r.rows.push_back(std::move(entry));
        }
        return r;
    }

    const FontFace& font_;
    Template tpl_;
};

}  // namespace

Template parse_template(std::string_view text, const std::string& name, const std::string& source,
                        const FontFace& font) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        throw core::Fault("template " + name + ": " + source + " is not valid JSON: " + e.what());
    }
    return Loader(name, font).load(root);
}

Template load_template(const std::filesystem::path& file, const FontFace& font) {
    const std::string name = platform::utf8_of(file.stem());
    std::ifstream in(file, std::ios::binary);
    if (!in) throw core::Fault("template " + name + ": cannot read " + platform::utf8_of(file));
    std::ostringstream content;
    content << in.rdbuf();
    return parse_template(content.str(), name, platform::utf8_of(file), font);
}

std::map<std::string, Template> load_templates(const std::filesystem::path& reports_dir,
                                               const FontFace& font) {
    const auto dir = reports_dir / "templates";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw core::Fault("reports directory " + platform::utf8_of(reports_dir) +
                          " has no templates/ (set TOKENDESK_REPORTS_DIR)");
    std::map<std::string, Template> templates;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        Template t = load_template(entry.path(), font);
        templates.emplace(t.name, std::move(t));
    }
    for (const char* required :
         {core::kCompletionNotice, core::kActivationLetter, core::kFormTokenApplication,
          core::kFormUnlock, core::kFormRevoke, core::kFormMisuseReport, core::kBranchJournal,
          core::kMonthlyReport})
        if (!templates.count(required))
            throw core::Fault("template " + std::string(required) + ": missing " +
                              platform::utf8_of(dir / (std::string(required) + ".json")));
    return templates;
}

}  // namespace td::reports
