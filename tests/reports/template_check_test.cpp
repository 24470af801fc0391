// Templates are checked when the renderer starts: each broken template below, written into a
// copy of the reports directory, must stop it with a message naming the template and the cause.
#include <fstream>
#include <nlohmann/json.hpp>

#include "renderer_fixture.h"
#include "td/core/outcome.h"

namespace td::reports::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class BrokenTemplate : public ::testing::Test {
  protected:
    BrokenTemplate() {
        std::filesystem::copy(TD_SOURCE_REPORTS_DIR, dir_.path() / "reports",
                              std::filesystem::copy_options::recursive);
    }
    std::filesystem::path file(const std::string& name) {
        return dir_.path() / "reports" / "templates" / (name + ".json");
    }
    // The pristine template, so that each case breaks exactly one thing.
    json read(const std::string& name) {
        return json::parse(std::ifstream(std::filesystem::path(TD_SOURCE_REPORTS_DIR) /
                                         "templates" / (name + ".json")));
    }
    void write(const std::string& name, const json& j) { std::ofstream(file(name)) << j.dump(2); }
    void write_raw(const std::string& path, const std::string& text) {
        std::ofstream(dir_.path() / "reports" / path, std::ios::binary) << text;
    }
    // The fault the renderer raises on start, or "(loaded)".
    std::string load() {
        auto config = source_config();
        config.reports_dir = dir_.path() / "reports";
        try {
            PdfRenderer r(config);
        } catch (const core::Fault& e) {
            return e.what();
        }
        return "(loaded)";
    }

    ScratchDir dir_;
};

TEST_F(BrokenTemplate, TheCopyLoadsUnchanged) {
    EXPECT_EQ(load(), "(loaded)");
}

TEST_F(BrokenTemplate, UnknownFieldInAnElementIsNamed) {
    auto t = read("completion_notice");
    t["elements"][2]["text"] = "{compny}";
    write("completion_notice", t);
    EXPECT_EQ(load(), "template completion_notice: element 3 (text) text: unknown field {compny}");
}

TEST_F(BrokenTemplate, UnknownFieldInWordingIsNamed) {
    auto t = read("activation_letter");
    t["wording"]["en"]["intro"] = "Dear {custommer}";
    write("activation_letter", t);
    EXPECT_EQ(load(), "template activation_letter: wording en.intro: unknown field {custommer}");
}

TEST_F(BrokenTemplate, WordingMissingInOneLanguageIsNamed) {
    auto t = read("form_unlock");
    t["wording"]["en"].erase("title");
    write("form_unlock", t);
    EXPECT_EQ(load(), "template form_unlock: wording: key 'title' is in ja but missing in en");
}

TEST_F(BrokenTemplate, WordingMissingInBothLanguagesIsNamedWithTheElement) {
    auto t = read("journal");
    t["elements"][0]["text"] = "@headline";
    write("journal", t);
    EXPECT_EQ(load(),
              "template journal: element 1 (text) text: wording key 'headline' is missing in ja");
}

TEST_F(BrokenTemplate, PerProcedureWordingMustCoverEveryProcedure) {
    auto t = read("completion_notice");
    t["wording"]["ja"].erase("body.revoke");
    t["wording"]["en"].erase("body.revoke");
    write("completion_notice", t);
    EXPECT_THAT(load(), HasSubstr("wording key 'body.revoke' is missing in ja"));
}

TEST_F(BrokenTemplate, SelectingWordingByAFieldWithoutChoicesFails) {
    auto t = read("activation_letter");
    t["elements"][0]["text"] = "@title.{login_id}";
    write("activation_letter", t);
    EXPECT_THAT(load(), HasSubstr("field {login_id} selects wording but has no choices"));
}

TEST_F(BrokenTemplate, UnknownElementTypeAndAttributeAreNamed) {
    auto t = read("form_revoke");
    t["elements"][1]["type"] = "barcode";
    write("form_revoke", t);
    EXPECT_THAT(load(), HasSubstr("template form_revoke: element 2: type 'barcode' is not one of"));

    t = read("form_revoke");
    t["elements"][1]["colour"] = "red";
    write("form_revoke", t);
    EXPECT_EQ(load(), "template form_revoke: element 2 (text): unknown attribute 'colour'");
}

TEST_F(BrokenTemplate, NumbersOutOfRangeAreNamed) {
    auto t = read("completion_notice");
    t["elements"][0]["size"] = 100;
    write("completion_notice", t);
    EXPECT_EQ(load(),
              "template completion_notice: element 1 (text): size 100 is out of range [5, 36]");

    t = read("completion_notice");
    t["elements"][0]["x"] = 150;  // with width 80: off the page
    write("completion_notice", t);
    EXPECT_THAT(load(), HasSubstr("element 1 (text): x + width runs off the page"));
}

TEST_F(BrokenTemplate, TableColumnsMustBeDeclared) {
    auto t = read("journal");
    t["elements"][3]["columns"][0]["field"] = "ref";
    write("journal", t);
    EXPECT_THAT(load(),
                HasSubstr("template journal: element 4 (table) column 1: unknown field {ref}"));
}

TEST_F(BrokenTemplate, ConditionsMustUseDeclaredChoices) {
    auto t = read("completion_notice");
    t["elements"].back()["when"] = {{"field", "procedure"}, {"in", {"softwear_token"}}};
    write("completion_notice", t);
    EXPECT_THAT(load(), HasSubstr("'softwear_token' is not a choice of {procedure}"));
}

TEST_F(BrokenTemplate, UnprintableWordingIsCaughtOnLoad) {
    auto t = read("form_misuse_report");
    t["wording"]["ja"]["title"] = "𠮷";
    write("form_misuse_report", t);
    EXPECT_THAT(load(), HasSubstr("template form_misuse_report: wording ja.title: the character"));
    EXPECT_THAT(load(), HasSubstr("U+20BB7"));
}

TEST_F(BrokenTemplate, InvalidJsonIsNamed) {
    write_raw("templates/journal.json", "{\"fields\": [");
    EXPECT_THAT(load(), HasSubstr("template journal: "));
    EXPECT_THAT(load(), HasSubstr("is not valid JSON"));
}

TEST_F(BrokenTemplate, AMissingTemplateIsNamed) {
    std::filesystem::remove(file("form_unlock"));
    EXPECT_THAT(load(), HasSubstr("template form_unlock: missing"));
}

TEST_F(BrokenTemplate, AMalformedGaijiLineIsNamedWithItsNumber) {
    write_raw("gaiji.tsv", "# comment\nU+20BB7\t𠮷\t吉\tok\nU+5409 吉 土\n");
    EXPECT_THAT(load(),
                HasSubstr("gaiji.tsv line 3: expected U+XXXX<TAB>character<TAB>substitute"));

    write_raw("gaiji.tsv", "U+20BB7\t吉\t土\n");
    EXPECT_THAT(load(),
                HasSubstr("gaiji.tsv line 1: the second column must be the character U+20BB7"));

    write_raw("gaiji.tsv", "U+20BB7\t𠮷\t𡈽\n");
    EXPECT_THAT(load(), HasSubstr("gaiji.tsv line 1: the substitute U+2123D cannot be printed"));
}

}  // namespace
}  // namespace td::reports::testing
