// What the renderer promises beyond the pages: printable characters, substitutes, errors that
// name what is wrong, progress, and no files left behind.
#include <cstdlib>

#include "renderer_fixture.h"
#include "td/core/outcome.h"
#include "td/platform/places.h"
#include "test_env.h"
#include "test_files.h"

namespace td::reports::testing {
namespace {

using core::Language;
using ::testing::HasSubstr;

std::string fault_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const core::Fault& e) {
        return e.what();
    }
    return "(no fault)";
}

TEST(Printable, BmpCharactersOfTheFontArePrintable) {
    const auto& r = shared_renderer();
    EXPECT_TRUE(r.can_print(U'吉'));
    EXPECT_TRUE(r.can_print(U'髙'));  // IPAex has the はしご高
    EXPECT_TRUE(r.can_print(U'﨑'));  // and the たつさき
    EXPECT_TRUE(r.can_print(U'〒'));
    EXPECT_TRUE(r.can_print(U'A'));
}

TEST(Printable, CharactersAboveTheBmpAreNotEvenWhenTheFontHasThem) {
    const auto& r = shared_renderer();
    EXPECT_FALSE(r.can_print(U'\U00020BB7'));  // 𠮷: not in IPAex
    EXPECT_FALSE(r.can_print(U'\U0002123D'));  // 𡈽: in IPAex, but libharu 2.3 prints a space
}

TEST(Printable, BmpCharactersMissingFromTheFontAreNot) {
    EXPECT_FALSE(shared_renderer().can_print(U'\u69D7'));  // 槗
    EXPECT_FALSE(shared_renderer().can_print(U'\uFA6D'));  // compatibility 舘
}

TEST(Substitutes, ComeFromGaijiTsv) {
    const auto& r = shared_renderer();
    EXPECT_EQ(r.registered_substitute(U'\U00020BB7'), "吉");
    EXPECT_EQ(r.registered_substitute(U'\U0002123D'), "土");
    EXPECT_EQ(r.registered_substitute(U'\u69D7'), "橋");
    EXPECT_EQ(r.registered_substitute(U'吉'), std::nullopt);
    EXPECT_EQ(r.registered_substitute(U'\U00029E3D'), std::nullopt);  // 𩸽: none registered
}

TEST(Substitutes, EveryRegisteredSubstituteIsPrintable) {
    const auto& r = shared_renderer();
    for (char32_t cp : {U'\U00020BB7', U'\U0002123D', U'\U00020B9F', U'\u69D7', U'\uFA6D'}) {
        const auto s = r.registered_substitute(cp);
        ASSERT_TRUE(s.has_value()) << static_cast<unsigned>(cp);
        EXPECT_FALSE(r.can_print(cp));
    }
}

TEST(Render, AnUnprintableFieldFailsNamingTheFieldAndTheSubstitute) {
    auto doc = samples::completion_notice(Language::ja, "unlock");
    doc.fields["company"] = "株式会社𠮷野商店";
    const auto message = fault_of([&] { shared_renderer().render({doc}, samples::metadata("x")); });
    EXPECT_THAT(message, HasSubstr("template completion_notice"));
    EXPECT_THAT(message, HasSubstr("field company"));
    EXPECT_THAT(message, HasSubstr("U+20BB7"));
    EXPECT_THAT(message, HasSubstr("substitute is 吉"));
}

TEST(Render, AnUnprintableTableCellFailsNamingTheColumn) {
    auto doc = samples::journal(Language::ja, 2);
    doc.tables["procedures"][1]["company"] = "有限会社槗本工務店";
    const auto message = fault_of([&] { shared_renderer().render({doc}, samples::metadata("x")); });
    EXPECT_THAT(message, HasSubstr("table procedures column company"));
    EXPECT_THAT(message, HasSubstr("U+69D7"));
}

TEST(Render, AProcedureTheTemplateDoesNotKnowFails) {
    auto doc = samples::completion_notice(Language::ja, "unlock");
    doc.fields["procedure"] = "password_reset";
    const auto message = fault_of([&] { shared_renderer().render({doc}, samples::metadata("x")); });
    EXPECT_THAT(message, HasSubstr("field procedure is 'password_reset'"));
}

TEST(Render, AnUnknownTemplateFails) {
    core::DocumentModel doc;
    doc.template_name = "birthday_card";
    const auto message = fault_of([&] { shared_renderer().render({doc}, samples::metadata("x")); });
    EXPECT_THAT(message, HasSubstr("template birthday_card"));
}

TEST(Render, NoDocumentsIsAFault) {
    EXPECT_THROW(shared_renderer().render({}, samples::metadata("x")), core::Fault);
}

TEST(Render, ReportsProgressPerDocumentAndStopsWhenAsked) {
    const std::vector<core::DocumentModel> docs(5,
                                                samples::completion_notice(Language::ja, "unlock"));
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    shared_renderer().render(docs, samples::metadata("x"),
                             [&](std::size_t done, std::size_t total) {
                                 calls.emplace_back(done, total);
                                 return true;
                             });
    ASSERT_EQ(calls.size(), 5u);
    EXPECT_EQ(calls.front(), (std::pair<std::size_t, std::size_t>{1, 5}));
    EXPECT_EQ(calls.back(), (std::pair<std::size_t, std::size_t>{5, 5}));

    const auto message = fault_of([&] {
        shared_renderer().render(docs, samples::metadata("x"),
                                 [](std::size_t done, std::size_t) { return done < 2; });
    });
    EXPECT_THAT(message, HasSubstr("after 2 of 5"));
}

// The subset goes through a private temporary file; nothing may stay behind.
TEST(Render, LeavesNoFontFilesBehind) {
    ScratchDir tmp;
    // The temporary folder as Debian (TMPDIR) and Windows (TMP) find it.
    td::test::ScopedEnv tmpdir("TMPDIR", tmp.path().string());
    td::test::ScopedEnv tmp_windows("TMP", tmp.path().string());
    {
        PdfRenderer r(source_config());
        r.render({samples::completion_notice(Language::ja, "unlock")}, samples::metadata("x"));
        std::size_t dirs = 0, files = 0;
        for (const auto& e : std::filesystem::recursive_directory_iterator(tmp.path()))
            (e.is_directory() ? dirs : files) += 1;
        EXPECT_EQ(dirs, 1u);  // the renderer's own directory, mode 0700
        EXPECT_EQ(files, 0u);
        for (const auto& e : std::filesystem::directory_iterator(tmp.path()))
            EXPECT_TRUE(td::test::only_owner_may_use(e.path())) << e.path();
    }
    EXPECT_TRUE(std::filesystem::is_empty(tmp.path()));
}

TEST(Config, AMissingFontIsAClearFault) {
    auto config = source_config();
    config.font_file = "/nonexistent/ipaexm.ttf";
    const auto message = fault_of([&] { PdfRenderer r(config); });
    EXPECT_THAT(message, HasSubstr("/nonexistent/ipaexm.ttf"));
    EXPECT_THAT(message, HasSubstr("fonts-ipaexfont"));
}

TEST(Config, AFileThatIsNotAFontIsAFault) {
    auto config = source_config();
    config.font_file = std::filesystem::path(TD_SOURCE_REPORTS_DIR) / "gaiji.tsv";
    EXPECT_THAT(fault_of([&] { PdfRenderer r(config); }), HasSubstr("not a TrueType"));
}

TEST(Config, AMissingReportsDirectoryIsAFault) {
    auto config = source_config();
    config.reports_dir = "/nonexistent/reports";
    EXPECT_THAT(fault_of([&] { PdfRenderer r(config); }), HasSubstr("/nonexistent/reports"));
}

TEST(Config, DefaultsFollowTheEnvironment) {
    {
        td::test::ScopedEnv font("TOKENDESK_FONT", "/opt/fonts/x.ttf");
        td::test::ScopedEnv reports("TOKENDESK_REPORTS_DIR", "/opt/reports");
        const auto c = PdfRenderer::default_config();
        EXPECT_EQ(c.font_file, "/opt/fonts/x.ttf");
        EXPECT_EQ(c.reports_dir, "/opt/reports");
    }
    td::test::ScopedEnv font("TOKENDESK_FONT", std::nullopt);
    td::test::ScopedEnv reports("TOKENDESK_REPORTS_DIR", std::nullopt);
    const auto d = PdfRenderer::default_config();
    EXPECT_EQ(d.font_file, platform::installed(platform::Installed::font));
    EXPECT_TRUE(std::filesystem::exists(d.reports_dir / "templates" / "journal.json"));
    EXPECT_TRUE(d.subset_font);
}

}  // namespace
}  // namespace td::reports::testing
