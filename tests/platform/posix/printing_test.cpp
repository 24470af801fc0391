// Printing on Debian goes through CUPS' lp: a stand-in lp on PATH shows what it was asked and
// answers as CUPS would.
#include "td/platform/printing.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>
#include <sstream>

#include "td/platform/private_files.h"

namespace td::platform {
namespace {

namespace fs = std::filesystem;

class PrintingTest : public testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("td-printing-" +
                std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
                std::to_string(::getpid()));
        fs::create_directories(dir_);
        if (const char* p = std::getenv("PATH")) old_path_ = p;
        ::setenv("PATH", (dir_.string() + ":" + old_path_).c_str(), 1);
    }
    void TearDown() override {
        ::setenv("PATH", old_path_.c_str(), 1);
        fs::remove_all(dir_);
    }
    // An lp that records its arguments, prints `answer` and exits with `status`.
    void fake_lp(const std::string& answer, int status) {
        const fs::path lp = dir_ / "lp";
        std::ofstream(lp) << "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" << (dir_ / "args").string()
                          << "'\necho '" << answer << "' >&2\nexit " << status << "\n";
        fs::permissions(lp, fs::perms::owner_all);
    }
    std::string recorded_args() {
        std::ifstream in(dir_ / "args");
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    fs::path dir_;
    std::string old_path_;
};

TEST_F(PrintingTest, SendsThePdfToTheNamedPrinterWithLp) {
    fake_lp("request id is counter-1-42 (1 file(s))", 0);
    const auto outcome = print_pdf(dir_ / "notice 12.pdf", "counter-1");
    EXPECT_TRUE(outcome.accepted);
    EXPECT_EQ(outcome.said, "request id is counter-1-42 (1 file(s))");
    EXPECT_EQ(recorded_args(), "-d\ncounter-1\n--\n" + (dir_ / "notice 12.pdf").string() + "\n");
}

TEST_F(PrintingTest, APrinterThatRefusesIsNotAcceptedAndSaysWhy) {
    fake_lp("lp: The printer or class does not exist.", 1);
    const auto outcome = print_pdf(dir_ / "a.pdf", "nowhere");
    EXPECT_FALSE(outcome.accepted);
    EXPECT_EQ(outcome.said, "lp: The printer or class does not exist.");
}

TEST_F(PrintingTest, NoLpAtAllIsNotAccepted) {
    ::setenv("PATH", dir_.c_str(), 1);
    const auto outcome = print_pdf(dir_ / "a.pdf", "counter-1");
    EXPECT_FALSE(outcome.accepted);
    EXPECT_NE(outcome.said.find("lp could not be started"), std::string::npos) << outcome.said;
}

TEST_F(PrintingTest, ThePrintersAreCupsDestinationsOnePerLine) {
    const fs::path lpstat = dir_ / "lpstat";
    std::ofstream(lpstat)
        << "#!/bin/sh\n[ \"$1\" = -e ] || exit 2\nprintf 'counter-1\\nback office\\n\\n'\n";
    fs::permissions(lpstat, fs::perms::owner_all);
    EXPECT_EQ(installed_printers(), (std::vector<std::string>{"counter-1", "back office"}));
}

TEST_F(PrintingTest, NoPrintSystemMeansNoPrinters) {
    ::setenv("PATH", dir_.c_str(), 1);
    EXPECT_TRUE(installed_printers().empty());
}

}  // namespace
}  // namespace td::platform
