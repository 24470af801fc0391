// Every template rendered in both languages and checked as a reader of the PDF sees it.
#include <regex>

#include "renderer_fixture.h"

namespace td::reports::testing {
namespace {

using core::Language;

std::string name_of(const core::DocumentModel& doc) {
    auto name = doc.template_name;
    if (doc.fields.count("procedure")) name += "/" + doc.fields.at("procedure");
    return name + (doc.language == Language::ja ? " (ja)" : " (en)");
}

class EveryTemplate : public RenderedPdf, public ::testing::WithParamInterface<Language> {};

TEST_P(EveryTemplate, PassesQpdfCheckWithTheFontEmbeddedAndSubset) {
    for (const auto& doc : samples::every_template(GetParam())) {
        SCOPED_TRACE(name_of(doc));
        const auto pdf = render(doc);
        const auto check = run("qpdf --check " + quote(pdf));
        EXPECT_EQ(check.status, 0) << check.out;
        EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos);
        // One font, embedded (emb), subset (sub) and with a ToUnicode map (uni).
        const auto fonts = run("pdffonts " + quote(pdf)).out;
        EXPECT_TRUE(std::regex_search(
            fonts, std::regex(R"(IPAexMincho\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes)")))
            << fonts;
    }
}

// libharu 2.3.0's own ToUnicode CMap made poppler warn "Invalid 'begincidrange' operator in
// ToUnicode CMap" on every document; a reader must find nothing to complain about.
TEST_P(EveryTemplate, PdftotextReadsItWithoutAWarning) {
    for (const auto& doc : samples::every_template(GetParam())) {
        SCOPED_TRACE(name_of(doc));
        const auto read = run("pdftotext " + quote(render(doc)) + " /dev/null");
        EXPECT_EQ(read.status, 0);
        EXPECT_EQ(read.out, "");
    }
}

TEST_P(EveryTemplate, FitsOnOnePage) {
    for (const auto& doc : samples::every_template(GetParam())) {
        SCOPED_TRACE(name_of(doc));
        const auto info = run("pdfinfo " + quote(render(doc))).out;
        EXPECT_NE(info.find("Pages:           1\n"), std::string::npos) << info;
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, EveryTemplate, ::testing::Values(Language::ja, Language::en),
                         [](const auto& param_info) {
                             return std::string(param_info.param == Language::ja ? "ja" : "en");
                         });

TEST_F(RenderedPdf, CompletionNoticeForASoftwareTokenGivesTheSetupDetailsInJapanese) {
    const auto text = text_of(render(samples::completion_notice(Language::ja, "software_token")));
    for (const char* expected :
         {"〒100-0005", "株式会社さくら商事", "代表取締役桜井太郎様", "令和８年１１月２６日",
          "001-20261124-000012", "本店営業部", "03-1234-5678", "お手続き完了のお知らせ",
          "ソフトウェアトークンの発行", "令和８年１１月２４日", "サービスIDSEIKYO01",
          "ユーザID4929105732", "初期設定", "利用開始パスワード", "拝啓", "敬具"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(RenderedPdf, CompletionNoticeAfterARevokeSaysWhenANewTokenCanBeIssued) {
    const auto text = text_of(render(samples::completion_notice(Language::ja, "revoke")));
    EXPECT_NE(text.find("機種変更"), std::string::npos);
    EXPECT_NE(text.find("令和８年１１月２７日８時１０分以降に実施可能"), std::string::npos) << text;
    // A revoke notice has no setup details.
    EXPECT_EQ(text.find("サービスID"), std::string::npos);
}

TEST_F(RenderedPdf, CompletionNoticeForOnlineIssuanceTellsHowToIssueInInternetBanking) {
    auto doc = samples::completion_notice(Language::ja, "software_token_online");
    doc.fields["service_id"] = "";
    doc.fields["token_user_id"] = "";
    const auto text = text_of(render(doc));
    for (const char* expected : {"ご利用開始日", "インターネットバンキングでトークンを発行",
                                 "トークン発行", "ダウンロードURL", "利用開始パスワード"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    // Nothing to set up yet: the IDs are shown online at issuance.
    EXPECT_EQ(text.find("初期設定でご入力いただく情報"), std::string::npos);
}

TEST_F(RenderedPdf, CompletionNoticeOfAMisuseReportRepeatsWhatWasReported) {
    const auto text = text_of(render(samples::completion_notice(Language::ja, "misuse_report")));
    EXPECT_NE(text.find("身に覚えのない振込承認"), std::string::npos) << text;
    EXPECT_NE(text.find("使用を停止"), std::string::npos);
}

TEST_F(RenderedPdf, CompletionNoticeInEnglish) {
    const auto text = text_of(render(samples::completion_notice(Language::en, "software_token")));
    for (const char* expected :
         {"NoticeofCompletion", "SakuraShojiCo.,Ltd.", "TaroSakurai,President", "26November2026",
          "ServiceIDSEIKYO01", "UserID4929105732"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(RenderedPdf, CompanyWithoutAPersonEndsWithOnchuAndTheAddresseeLineCloses) {
    auto doc = samples::completion_notice(Language::ja, "unlock");
    doc.fields["company"] = "株式会社さくら商事 御中";
    doc.fields["addressee"] = "";
    const auto text = text_of(render(doc));
    EXPECT_NE(text.find("株式会社さくら商事御中"), std::string::npos);
    EXPECT_EQ(text.find("様"), std::string::npos);
}

TEST_F(RenderedPdf, TabsAndLineBreaksInValuesAreLayout) {
    auto doc = samples::completion_notice(Language::ja, "misuse_report");
    doc.fields["details"] = "一行目\t続き\n二行目";
    const auto text = pdf_text(render(doc));
    EXPECT_NE(text.find("一行目 続き"), std::string::npos) << text;
    EXPECT_NE(text.find("二行目"), std::string::npos) << text;
}

TEST_F(RenderedPdf, ActivationLetterGivesTheIdsAndTheSteps) {
    const auto text = text_of(render(samples::activation_letter(Language::ja)));
    for (const char* expected : {"初期設定のご案内", "サービスIDSEIKYO01", "ユーザID4929105732",
                                 "t-sakurai@docomo.example.jp", "初期設定の手順", "@otp-auth.net"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(RenderedPdf, FormsHaveSignatureSealAndBankUseBoxes) {
    for (const char* name : {core::kFormTokenApplication, core::kFormUnlock, core::kFormRevoke,
                             core::kFormMisuseReport}) {
        SCOPED_TRACE(name);
        const auto text = text_of(render(samples::form(name, Language::ja, false)));
        for (const char* expected : {"成協信用組合御中", "株式会社さくら商事", "sakura01", "署名",
                                     "お届け印", "当組合使用欄", "受付日", "担当者", "検印者"})
            EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    }
}

TEST_F(RenderedPdf, BlankFormLeavesTheCustomerFieldsEmptyAndOffersChoices) {
    const auto text = text_of(render(samples::form(core::kFormRevoke, Language::ja, true)));
    EXPECT_EQ(text.find("株式会社さくら商事"), std::string::npos);
    EXPECT_EQ(text.find("sakura01"), std::string::npos);
    for (const char* expected :
         {"トークン失効依頼書", "□紛失", "□機種変更", "□マスターユーザ", "年月日"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(RenderedPdf, RevokeFormPrintsAGivenReasonInsteadOfTheChoices) {
    auto doc = samples::form(core::kFormRevoke, Language::ja, false);
    doc.fields["revoke_reason"] = "故障・破損";
    const auto text = text_of(render(doc));
    EXPECT_NE(text.find("失効の理由故障・破損"), std::string::npos) << text;
    EXPECT_EQ(text.find("□紛失"), std::string::npos);
}

TEST_F(RenderedPdf, JournalListsTheProceduresAndTheChainHeads) {
    const auto text = text_of(render(samples::journal(Language::ja, 12)));
    for (const char* expected :
         {"ワンタイムパスワード取扱記録", "本店営業部（店番001）", "001-20261126-000031",
          "001-20261126-000042", "承認済", "検印待ち", "長谷川美智子", "T014", "山田花子", "M001",
          "山田花子（M001）",
          "9f2c4e71a03b58d6e1f7c2a94b0d36e58a1c7f40b29e63d15c8a7f04e2b91d3c", "4187", "system",
          "1/1"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(RenderedPdf, LongJournalContinuesOnNewPagesWithTheHeaderRepeated) {
    const auto pdf = render(samples::journal(Language::ja, 60));
    const auto info = run("pdfinfo " + quote(pdf)).out;
    EXPECT_NE(info.find("Pages:           3\n"), std::string::npos) << info;
    const auto page2 = squeeze(run("pdftotext -q -f 2 -l 2 " + quote(pdf) + " -").out);
    EXPECT_NE(page2.find("受付番号"), std::string::npos) << page2;
    EXPECT_NE(page2.find("2/3"), std::string::npos) << page2;
    EXPECT_NE(text_of(pdf).find("001-20261126-000090"), std::string::npos);  // the last row
    const auto page3 = squeeze(run("pdftotext -q -f 3 -l 3 " + quote(pdf) + " -").out);
    EXPECT_NE(page3.find("3/3"), std::string::npos) << page3;
}

TEST_F(RenderedPdf, MonthlyReportIsALandscapePageOfTheBranchsFigures) {
    const auto pdf = render(samples::monthly_report(Language::ja));
    const auto info = run("pdfinfo " + quote(pdf)).out;
    // A4 turned: 842 points wide, 595 high.
    EXPECT_TRUE(std::regex_search(info, std::regex(R"(Page size:\s+841\.8\d* x 595\.2\d* pts \(A4\))")))
        << info;
    const auto text = text_of(pdf);
    for (const char* expected :
         {"ワンタイムパスワード月次報告", "本店営業部（店番001）", "対象月2026年11月",
          "ハードウェアトークンの発行", "承認まで中央値（分）", "12.5", "48.0", "紛失・盗難",
          "月末の利用中トークン", "1/1"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(RenderedPdf, EmptyJournalSaysSo) {
    auto doc = samples::journal(Language::ja, 0);
    const auto text = text_of(render(doc));
    EXPECT_NE(text.find("この日の取扱いはありません"), std::string::npos) << text;
}

TEST_F(RenderedPdf, BatchPutsEachDocumentOnItsOwnPages) {
    const auto pdf = render({samples::completion_notice(Language::ja, "unlock"),
                             samples::activation_letter(Language::ja),
                             samples::completion_notice(Language::en, "revoke")});
    const auto info = run("pdfinfo " + quote(pdf)).out;
    EXPECT_NE(info.find("Pages:           3\n"), std::string::npos) << info;
    const auto page3 = squeeze(run("pdftotext -q -f 3 -l 3 " + quote(pdf) + " -").out);
    EXPECT_NE(page3.find("NoticeofCompletion"), std::string::npos) << page3;
}

TEST_F(RenderedPdf, MetadataComesFromTheCallerNotTheClock) {
    const auto pdf =
        render({samples::completion_notice(Language::ja, "unlock")}, "お手続き完了のお知らせ");
    const auto info = run("pdfinfo -isodates " + quote(pdf)).out;
    EXPECT_NE(info.find("Title:           お手続き完了のお知らせ"), std::string::npos) << info;
    EXPECT_NE(info.find("Subject:         TokenDesk"), std::string::npos) << info;
    EXPECT_NE(info.find("Creator:         TokenDesk"), std::string::npos) << info;
    EXPECT_NE(info.find("CreationDate:    2026-11-26T10:05:00+09"), std::string::npos) << info;
}

TEST_F(RenderedPdf, SameDocumentsGiveTheSameBytes) {
    const auto doc = samples::completion_notice(Language::ja, "software_token");
    const auto meta = samples::metadata("x");
    EXPECT_EQ(shared_renderer().render({doc}, meta), shared_renderer().render({doc}, meta));
}

TEST_F(RenderedPdf, OneNoticeStaysSmallWithTheFontEmbedded) {
    const auto bytes = shared_renderer().render(
        {samples::completion_notice(Language::ja, "software_token")}, samples::metadata("x"));
    EXPECT_LT(bytes.size(), 60u * 1024u);
}

}  // namespace
}  // namespace td::reports::testing
