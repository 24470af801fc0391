// Each element type of the template format (reports/README.md), through a template written for
// the test next to the real ones: what it prints, and that the PDF stays valid.
#include <fstream>

#include "renderer_fixture.h"
#include "td/core/outcome.h"

namespace td::reports::testing {
namespace {

constexpr const char* kTemplate = R"({
  "fields": ["kind", "name", "note"],
  "tables": {"items": ["code", "label"]},
  "choices": {"kind": ["a", "b"]},
  "elements": [
    {"type": "text", "y": 20, "width": 170, "align": "center", "size": 14, "bold": true,
     "text": "@title.{kind}"},
    {"type": "text", "below": 2, "text": "{{literal}} @ {name}"},
    {"type": "text", "below": 0, "text": "@@at the start"},
    {"type": "text", "below": 0, "text": "{note}"},
    {"type": "text", "below": 0, "text": "only for b", "when": {"field": "kind", "in": ["b"]}},
    {"type": "paragraph", "below": 2, "width": 60, "hang_markers": true, "text": "@steps"},
    {"type": "line", "below": 2, "width": 170, "dashed": true},
    {"type": "checklist", "below": 2, "width": 170, "columns": 3, "items": ["@yes", "@no", "@maybe"]},
    {"type": "box", "below": 4, "width": 80, "height": 20, "caption": "@signature",
     "caption_position": "above"},
    {"type": "box", "x": 120, "with_previous": true, "width": 20, "height": 20, "shape": "circle",
     "caption": "@seal", "caption_position": "center"},
    {"type": "table", "below": 4, "table": "items", "min_rows": 3, "empty_text": "@none",
     "columns": [{"header": "@code", "field": "code", "width": 30},
                 {"header": "@label", "field": "label", "width": 100, "align": "right"}]},
    {"type": "rows", "below": 4, "width": 170, "label_width": 40, "frame": false,
     "rows": [{"label": "@name_label", "value": "{name}"},
              {"label": "@note_label", "value": "{note}", "when": {"field": "note", "empty": false}}]}
  ],
  "footer": [{"type": "text", "y": 285, "width": 170, "align": "right", "size": 8,
              "text": "@page_of"}],
  "wording": {
    "ja": {"title.a": "甲の書類", "title.b": "乙の書類", "steps": ["１．一つ目の手順です。とても長い説明が続きます。", "２．二つ目"],
           "yes": "はい", "no": "いいえ", "maybe": "保留", "signature": "ご署名", "seal": "印",
           "none": "明細なし", "code": "番号", "label": "名称", "name_label": "お名前",
           "note_label": "備考", "page_of": "{page}／{pages}頁"},
    "en": {"title.a": "Form A", "title.b": "Form B", "steps": ["1. First", "2. Second"],
           "yes": "Yes", "no": "No", "maybe": "Later", "signature": "Signature", "seal": "Seal",
           "none": "No items", "code": "Code", "label": "Label", "name_label": "Name",
           "note_label": "Note", "page_of": "{page} of {pages}"}
  }
})";

class ElementTypes : public ::testing::Test {
  protected:
    ElementTypes() {
        std::filesystem::copy(TD_SOURCE_REPORTS_DIR, dir_.path() / "reports",
                              std::filesystem::copy_options::recursive);
        std::ofstream(dir_.path() / "reports" / "templates" / "test_elements.json") << kTemplate;
        auto config = source_config();
        config.reports_dir = dir_.path() / "reports";
        renderer_ = std::make_unique<PdfRenderer>(config);
    }
    core::DocumentModel doc(const std::string& kind, int items) {
        core::DocumentModel d;
        d.template_name = "test_elements";
        d.fields = {{"kind", kind}, {"name", "桜井 太郎"}, {"note", ""}};
        for (int i = 0; i < items; ++i)
            d.tables["items"].push_back(
                {{"code", "C" + std::to_string(100 + i)}, {"label", "品目" + std::to_string(i)}});
        return d;
    }
    std::filesystem::path render(const core::DocumentModel& d) {
        return dir_.write("out.pdf", renderer_->render({d}, samples::metadata("test")));
    }

    ScratchDir dir_;
    std::unique_ptr<PdfRenderer> renderer_;
};

TEST_F(ElementTypes, DrawEveryKindOfElement) {
    const auto pdf = render(doc("a", 2));
    EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
    const auto text = squeeze(pdf_text(pdf));
    for (const char* expected :
         {"甲の書類", "{literal}@桜井太郎", "@atthestart", "１．一つ目の手順", "はい", "いいえ",
          "保留", "ご署名", "印", "番号", "名称", "C100", "品目1", "お名前", "1／1頁"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    EXPECT_EQ(text.find("onlyforb"), std::string::npos);  // when: kind is a
    EXPECT_EQ(text.find("備考"), std::string::npos);      // when: note is empty
    EXPECT_EQ(text.find("明細なし"), std::string::npos);
}

TEST_F(ElementTypes, ConditionsAndEmptyTablesFollowTheDocument) {
    auto d = doc("b", 0);
    d.fields["note"] = "至急";
    d.language = core::Language::ja;
    const auto text = squeeze(pdf_text(render(d)));
    for (const char* expected : {"乙の書類", "onlyforb", "至急", "備考至急", "明細なし"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(ElementTypes, LongTablesBreakPagesAndFootersCountThem) {
    const auto pdf = render(doc("a", 80));
    const auto info = run("pdfinfo " + quote(pdf)).out;
    EXPECT_NE(info.find("Pages:           3\n"), std::string::npos) << info;
    const auto page2 = squeeze(run("pdftotext -q -layout -f 2 -l 2 " + quote(pdf) + " -").out);
    EXPECT_NE(page2.find("番号名称"), std::string::npos) << page2;  // the header again
    EXPECT_NE(page2.find("2／3頁"), std::string::npos) << page2;
    EXPECT_NE(squeeze(pdf_text(pdf)).find("C179品目79"), std::string::npos);
}

TEST_F(ElementTypes, EnglishWordingIsUsedForEnglishDocuments) {
    auto d = doc("a", 1);
    d.language = core::Language::en;
    const auto text = squeeze(pdf_text(render(d)));
    for (const char* expected : {"FormA", "1.First", "Yes", "Signature", "1of1"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

}  // namespace
}  // namespace td::reports::testing
