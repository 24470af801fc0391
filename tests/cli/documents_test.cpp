// Printing through tokendesk-cli: correct PDFs with the font embedded, the exact Japanese text
// back from pdftotext, 外字 handled, every print counted.
#include <algorithm>
#include <cctype>

#include "cli_runner.h"

using namespace td::test;

namespace {

std::string tool_output(const std::string& program, const std::vector<std::string>& args) {
    auto r = run_process(program, args, {});
    EXPECT_EQ(r.exit_code, 0) << program << ": " << r.err;
    return r.out;
}

// pdftotext's text with all white space removed, so layout does not matter.
std::string pdf_text(const std::filesystem::path& pdf) {
    std::string text = tool_output("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf.string(), "-"});
    text.erase(
        std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }),
        text.end());
    // Full-width spaces too.
    for (std::size_t pos; (pos = text.find("\xE3\x80\x80")) != std::string::npos;)
        text.erase(pos, 3);
    return text;
}

std::string squeezed(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

class DocumentsTest : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
    }
    std::string out(const std::string& name) { return (dir / name).string(); }
    // Contract 3000002 of 𩸽水産株式会社 (U+29E3D: a real kanji, so it may be entered, but the
    // font has no glyph and no substitute is registered) with master user hokke1, whose
    // software token is then issued; returns the approve JSON.
    nlohmann::json issue_token_to_hokke() {
        auto c = as("teller1", {"contract", "add", "3000002", "--company", "𩸽水産株式会社",
                                "--company-kana", "ホッケスイサン", "--representative", "北 太郎",
                                "--postal", "060-0001", "--address", "北海道札幌市", "--branch",
                                "001"});
        EXPECT_EQ(c.exit_code, 0) << c.out << c.err;
        auto u = as("teller1", {"user", "add", "hokke1", "--contract", "3000002", "--name",
                                "北 太郎", "--kind", "master", "--mobile-email",
                                "hokke@docomo.ne.jp"});
        EXPECT_EQ(u.exit_code, 0) << u.out << u.err;
        return issue_software_token("hokke1");
    }
    void expect_sound_pdf(const std::string& file) {
        auto check = run_process("/usr/bin/qpdf", {"--check", file}, {});
        EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
        const std::string fonts = tool_output("/usr/bin/pdffonts", {file});
        EXPECT_NE(fonts.find("yes yes"), std::string::npos) << fonts;  // embedded, subset
        const std::string info = tool_output("/usr/bin/pdfinfo", {file});
        EXPECT_NE(info.find("Title:"), std::string::npos) << info;
        EXPECT_NE(info.find("A4"), std::string::npos) << info;
    }
};

}  // namespace

TEST_F(DocumentsTest, CompletionNoticeOfASoftwareToken) {
    const auto approved = issue_software_token("master1");
    const std::string id = std::to_string(approved["application_id"].get<int>());
    auto r = as("teller1", {"notice", id, "--out", out("notice.pdf")});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.json()["print_count"], 1);
    expect_sound_pdf(out("notice.pdf"));
    const std::string text = pdf_text(out("notice.pdf"));
    for (const std::string& expected : std::vector<std::string>{
             "お手続き完了のお知らせ", "〒100-0005", "株式会社さくら商事", "代表取締役桜井太郎様",
             "令和８年１１月２６日", "本店営業部", "03-1234-5678", "SEIKYO01",
             approved["token_user_id"].get<std::string>(), "初期設定"})
        EXPECT_NE(text.find(squeezed(expected)), std::string::npos) << expected << "\n" << text;
    EXPECT_EQ(text.find("2580"), std::string::npos);  // the usage-start password never
    auto again = as("manager1", {"notice", id, "--out", out("notice2.pdf")});
    EXPECT_EQ(again.json()["print_count"], 2);
}

TEST_F(DocumentsTest, EnglishVariant) {
    const auto approved = issue_software_token("master1");
    const std::string id = std::to_string(approved["application_id"].get<int>());
    ASSERT_EQ(as("teller1", {"notice", id, "--language", "en", "--out", out("en.pdf")}).exit_code,
              0);
    const std::string text = pdf_text(out("en.pdf"));
    EXPECT_NE(text.find("26November2026"), std::string::npos) << text;
    EXPECT_NE(text.find(approved["token_user_id"].get<std::string>()), std::string::npos);
}

TEST_F(DocumentsTest, ActivationLetterHasIdsButNeverThePassword) {
    const auto approved = issue_software_token("master1", "97531864");
    const std::string id = std::to_string(approved["application_id"].get<int>());
    ASSERT_EQ(as("teller1", {"activation-letter", id, "--out", out("act.pdf")}).exit_code, 0);
    expect_sound_pdf(out("act.pdf"));
    const std::string text = pdf_text(out("act.pdf"));
    EXPECT_NE(text.find("初期設定のご案内"), std::string::npos) << text;
    EXPECT_NE(text.find(approved["token_user_id"].get<std::string>()), std::string::npos);
    EXPECT_EQ(text.find("97531864"), std::string::npos);
}

TEST_F(DocumentsTest, FormsPreFilledAndBlank) {
    for (const std::string& type :
         std::vector<std::string>{"token-application", "unlock", "revoke", "misuse-report"}) {
        auto r = as("teller1", {"form", type, "master1", "--out", out(type + ".pdf")});
        ASSERT_EQ(r.exit_code, 0) << type << r.out << r.err;
        expect_sound_pdf(out(type + ".pdf"));
        const std::string text = pdf_text(out(type + ".pdf"));
        EXPECT_NE(text.find("master1"), std::string::npos) << type;
        EXPECT_NE(text.find("株式会社さくら商事"), std::string::npos) << type;
        EXPECT_NE(text.find("検印"), std::string::npos) << type;
    }
    auto blank = as("teller1", {"form", "unlock", "--blank", "--out", out("blank.pdf")});
    ASSERT_EQ(blank.exit_code, 0) << blank.out;
    EXPECT_EQ(pdf_text(out("blank.pdf")).find("株式会社さくら商事"), std::string::npos);
    EXPECT_EQ(as("teller1", {"form", "unlock", "--out", out("x.pdf")}).exit_code, 2);
}

TEST_F(DocumentsTest, JournalEndsWithTheChainHead) {
    issue_software_token("master1");
    auto v = cli({"audit", "verify"}).json();
    // The next morning, the day's journal: this sign-in is the next day's, after the head.
    set_now("2026-11-27T09:00:00+09:00");
    auto r = as("manager1", {"journal", "--branch", "001", "--date", "2026-11-26", "--out",
                             out("journal.pdf")});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    expect_sound_pdf(out("journal.pdf"));
    const std::string text = pdf_text(out("journal.pdf"));
    EXPECT_NE(text.find("取扱記録"), std::string::npos) << text;
    EXPECT_NE(text.find("master1"), std::string::npos);
    EXPECT_NE(text.find("職員のサインイン"), std::string::npos) << text;
    EXPECT_NE(text.find("manager1氏名（manager1）"), std::string::npos) << text;
    EXPECT_NE(text.find(v["chains"]["001"]["head"].get<std::string>().substr(0, 16)),
              std::string::npos)
        << text;
}

TEST_F(DocumentsTest, PendingNoticesInOneFileAPageEach) {
    issue_software_token("master1");
    issue_software_token("gen1");
    auto r = as("teller1", {"notices", "--pending", "--out", out("batch.pdf")});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.json()["documents"], 2);
    EXPECT_NE(r.err.find("2 / 2"), std::string::npos);
    const std::string info = tool_output("/usr/bin/pdfinfo", {out("batch.pdf")});
    const auto pages = info.find("Pages:");
    ASSERT_NE(pages, std::string::npos) << info;
    EXPECT_EQ(std::stoi(info.substr(pages + 6)), 2) << info;
    auto none = as("teller1", {"notices", "--pending", "--out", out("none.pdf")});
    EXPECT_EQ(none.exit_code, 1);
    EXPECT_EQ(none.json()["error"]["code"], "nothing_to_print");
}

TEST_F(DocumentsTest, GaijiIsSubstitutedAndReported) {
    ASSERT_EQ(
        as("teller1", {"contract", "add", "3000001", "--company", "𠮷田工業株式会社",
                       "--company-kana", "ヨシダコウギョウ", "--representative", "𠮷田 一郎",
                       "--postal", "100-0001", "--address", "東京都千代田区", "--branch", "001"})
            .exit_code,
        0);
    ASSERT_EQ(
        as("teller1", {"user", "add", "yoshida1", "--contract", "3000001", "--name", "𠮷田 一郎",
                       "--kind", "master", "--mobile-email", "yoshida@docomo.ne.jp"})
            .exit_code,
        0);
    const auto approved = issue_software_token("yoshida1");
    auto r = as("teller1", {"notice", std::to_string(approved["application_id"].get<int>()),
                            "--out", out("g.pdf")});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    ASSERT_GE(r.json()["substitutions"].size(), 1u);
    EXPECT_EQ(r.json()["substitutions"][0]["original"], "𠮷");
    EXPECT_EQ(r.json()["substitutions"][0]["substitute"], "吉");
    EXPECT_NE(pdf_text(out("g.pdf")).find("吉田工業株式会社"), std::string::npos);
}

TEST_F(DocumentsTest, GaijiWithoutSubstituteIsRefusedByName) {
    const auto approved = issue_token_to_hokke();
    auto r = as("teller1", {"notice", std::to_string(approved["application_id"].get<int>()),
                            "--out", out("h.pdf")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.json()["error"]["code"], "unprintable_character");
    EXPECT_EQ(r.json()["error"]["field"], "company");
    EXPECT_EQ(r.json()["error"]["character"], "𩸽");
    EXPECT_FALSE(std::filesystem::exists(out("h.pdf")));
}

TEST_F(DocumentsTest, BatchNamesWhatItCannotPrintAndPrintsTheRest) {
    issue_software_token("master1");
    // hokke1's notice cannot be printed: it is named and left out, the others are printed.
    const auto hokke = issue_token_to_hokke()["application_id"].get<int>();
    issue_software_token("gen1");
    auto r = as("teller1", {"notices", "--pending", "--out", out("batch.pdf")});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const auto j = r.json();
    EXPECT_EQ(j["documents"], 2);
    ASSERT_EQ(j["skipped"].size(), 1u) << r.out;
    EXPECT_EQ(j["skipped"][0]["application_id"], hokke);
    EXPECT_EQ(j["skipped"][0]["field"], "company");
    EXPECT_EQ(j["skipped"][0]["code_point"], "U+29E3D");
    EXPECT_FALSE(j["skipped"][0]["reference"].get<std::string>().empty());
    auto again = as("teller1", {"notices", "--pending", "--out", out("again.pdf")});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_EQ(again.json()["error"]["code"], "notices_unprintable");
}

TEST_F(DocumentsTest, ContractUpdateIsEnteredApprovedAndNoticedUnderTheNewName) {
    auto in = as("teller1", {"contract", "update", "1000001", "--company", "株式会社さくら商事",
                             "--address", "東京都千代田区丸の内3-3-3", "--seal-checked",
                             "--identity-checked"});
    ASSERT_EQ(in.exit_code, 0) << in.out << in.err;
    const auto j = in.json();
    EXPECT_EQ(j["kind"], "contract_update");
    EXPECT_EQ(j["login_id"], "master1");
    ASSERT_EQ(j["changes"].size(), 1u) << in.out;  // the company name was already this
    EXPECT_EQ(j["changes"][0]["field"], "address");
    EXPECT_EQ(j["changes"][0]["before"], "東京都千代田区丸の内2-2-2");
    EXPECT_EQ(j["changes"][0]["after"], "東京都千代田区丸の内3-3-3");
    const std::string id = std::to_string(j["application_id"].get<int>());
    EXPECT_EQ(as("teller1", {"approve", id}).exit_code, 1);
    auto ok = as("manager1", {"approve", id});
    ASSERT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    EXPECT_EQ(ok.json()["changes"][0]["after"], "東京都千代田区丸の内3-3-3");
    auto r = as("teller1", {"notice", id, "--out", out("notice.pdf")});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string text = squeezed(pdf_text(out("notice.pdf")));
    EXPECT_NE(text.find("ご契約内容の変更"), std::string::npos) << text;
    EXPECT_NE(text.find("丸の内3-3-3"), std::string::npos) << text;
    auto none = as("teller1", {"contract", "update", "1000001", "--address",
                               "東京都千代田区丸の内3-3-3"});
    EXPECT_EQ(none.json()["error"]["code"], "no_change");
    auto emoji = as("teller1", {"contract", "update", "1000001", "--company", "株式会社😀"});
    EXPECT_EQ(emoji.exit_code, 1);
    EXPECT_EQ(emoji.json()["error"]["code"], "character_not_allowed");
    EXPECT_EQ(emoji.json()["error"]["field"], "company");
}
