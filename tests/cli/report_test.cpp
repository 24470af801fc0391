// tokendesk-cli report monthly: the month as CSV for a spreadsheet (UTF-8 with a byte-order
// mark, or CP932 refusing what it cannot hold) and as a landscape PDF, and who may ask.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"

using namespace td::test;

namespace {

namespace fs = std::filesystem;

std::string file_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class ReportCliTest : public CliTest {
  protected:
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
        issue_software_token("master1");
        set_now("2026-12-01T09:00:00+09:00");
    }
    std::string code_of(const CliResult& r) {
        EXPECT_NE(r.exit_code, 0) << r.out;
        return r.json()["error"]["code"];
    }
};

TEST_F(ReportCliTest, ACsvInUtf8WithAByteOrderMarkAndOneFigureARow) {
    const fs::path csv = dir / "2026-11.csv";
    auto r = as("admin", {"report", "monthly", "--month", "2026-11", "--out", csv.string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.json()["format"], "csv");
    EXPECT_EQ(r.json()["encoding"], "utf-8");
    EXPECT_EQ(r.json()["branches"], (nlohmann::json{"001"}));
    const std::string text = file_text(csv);
    ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_EQ(text.substr(3, text.find("\r\n") - 3), "対象月,店番,店名,区分,項目,値");
    EXPECT_NE(text.find("2026-11,001,本店営業部,ソフトウェアトークンの発行,受付,1\r\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("月末の利用中トークン,ソフトウェア,1\r\n"), std::string::npos) << text;
    EXPECT_EQ(r.json()["rows"], std::count(text.begin(), text.end(), '\n') - 1);
}

TEST_F(ReportCliTest, Cp932ForOlderSystemsAndACharacterItCannotHoldIsNamed) {
    const fs::path csv = dir / "sjis.csv";
    auto r = as("admin", {"report", "monthly", "--month", "2026-11", "--out", csv.string(),
                          "--encoding", "cp932"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string text = file_text(csv);
    // 対象月 in Shift_JIS, no byte-order mark.
    EXPECT_EQ(text.substr(0, 6), "\x91\xCE\x8F\xDB\x8C\x8E");

    // A branch whose name holds 𠮷 (U+20BB7), which CP932 lacks.
    ASSERT_EQ(as("admin", {"branch", "add", "003", "--name", "𠮷野支店"}).exit_code, 0);
    const fs::path other = dir / "other.csv";
    auto refused = as("admin", {"report", "monthly", "--month", "2026-11", "--out",
                                other.string(), "--encoding", "cp932"});
    EXPECT_EQ(code_of(refused), "cp932_unmappable");
    EXPECT_EQ(refused.json()["error"]["code_point"], "U+20BB7");
    EXPECT_EQ(refused.json()["error"]["character"], "𠮷");
    EXPECT_NE(refused.json()["error"]["message"].get<std::string>().find("𠮷"), std::string::npos);
    EXPECT_FALSE(fs::exists(other));
}

TEST_F(ReportCliTest, APdfHasALandscapePagePerBranch) {
    const fs::path pdf = dir / "2026-11.pdf";
    auto r = as("admin", {"report", "monthly", "--month", "2026-11", "--out", pdf.string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.json()["format"], "pdf");
    EXPECT_EQ(r.json()["pages"], 1);
    EXPECT_GT(r.json()["bytes"].get<long long>(), 1000);
    EXPECT_EQ(file_text(pdf).substr(0, 5), "%PDF-");
}

TEST_F(ReportCliTest, AManagerAsksForTheirOwnBranchOnly) {
    const fs::path csv = dir / "own.csv";
    auto own = as("manager1", {"report", "monthly", "--month", "2026-11", "--out", csv.string()});
    ASSERT_EQ(own.exit_code, 0) << own.out;
    EXPECT_EQ(own.json()["branches"], (nlohmann::json{"001"}));
    ASSERT_EQ(as("admin", {"branch", "add", "002", "--name", "駅前支店"}).exit_code, 0);
    EXPECT_EQ(code_of(as("manager1", {"report", "monthly", "--month", "2026-11", "--branch", "002",
                                      "--out", csv.string()})),
              "wrong_branch");
    EXPECT_EQ(code_of(as("teller1", {"report", "monthly", "--month", "2026-11", "--out",
                                     csv.string()})),
              "role_not_allowed");
    EXPECT_EQ(code_of(as("admin", {"report", "monthly", "--month", "2026-11", "--out",
                                   (dir / "report.xlsx").string()})),
              "invalid_choice");
}

}  // namespace
