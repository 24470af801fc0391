// Nothing recorded that did not happen: a print is recorded only when its PDF exists, whole, at
// --out; a print that cannot be written records nothing, leaves no temporary file, and the next
// print is still the first. Files TokenDesk creates are its user's alone, whatever the umask.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "cli_runner.h"
#include "tiny_filesystem.h"

using namespace td::test;

namespace {

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777;
}

std::vector<std::string> entries(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

class PrintRecordedTest : public CliTest {
  protected:
    std::string id;
    void SetUp() override {
        CliTest::SetUp();
        set_up_branch();
        id = std::to_string(issue_software_token("master1")["application_id"].get<int>());
    }
    // The notice prints as the first print: nothing was recorded before.
    void expect_first_print_works() {
        auto r = as("teller1", {"notice", id, "--out", (dir / "good.pdf").string()});
        ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
        EXPECT_EQ(r.json()["print_count"], 1);
        EXPECT_TRUE(std::filesystem::exists(dir / "good.pdf"));
    }
    void expect_write_fault(const CliResult& r) {
        EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
        // --json: the fault is the one JSON object on stdout.
        EXPECT_EQ(r.json()["error"]["code"], "fault");
        EXPECT_NE(r.out.find("cannot"), std::string::npos) << r.out;
    }
};

}  // namespace

TEST_F(PrintRecordedTest, AnUnwritableOutRecordsNothing) {
    std::ofstream(dir / "plain-file") << "not a folder";
    expect_write_fault(
        as("teller1", {"notice", id, "--out", (dir / "plain-file" / "notice.pdf").string()}));
    expect_first_print_works();
}

TEST_F(PrintRecordedTest, AReadOnlyFolderRecordsNothingAndKeepsNoTemporaryFile) {
    const auto folder = dir / "read-only";
    // Root writes through permission bits: a read-only mount refuses root too.
    std::unique_ptr<TinyFilesystem> mount;
    if (::geteuid() == 0) {
        mount = std::make_unique<TinyFilesystem>(folder, 64, /*read_only=*/true);
        if (!mount->mounted()) GTEST_SKIP() << "cannot mount read-only: " << mount->why_not();
    } else {
        std::filesystem::create_directory(folder);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_read |
                                                 std::filesystem::perms::owner_exec);
    }
    expect_write_fault(as("teller1", {"notice", id, "--out", (folder / "notice.pdf").string()}));
    EXPECT_TRUE(entries(folder).empty());
    expect_first_print_works();
    if (!mount) std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
}

TEST_F(PrintRecordedTest, AFullDiskRecordsNothingAndLeavesNoPartialFile) {
    // 16 KB: a notice (about 40 KB) does not fit.
    TinyFilesystem tiny(dir / "tiny", 16);
    if (!tiny.mounted()) GTEST_SKIP() << "cannot mount a small tmpfs: " << tiny.why_not();
    auto r = as("teller1", {"notice", id, "--out", (dir / "tiny" / "notice.pdf").string()});
    expect_write_fault(r);
    EXPECT_NE(r.out.find("No space left on device"), std::string::npos) << r.out;
    EXPECT_TRUE(entries(dir / "tiny").empty());
    expect_first_print_works();
}

TEST_F(PrintRecordedTest, ABatchThatCannotBeWrittenLeavesEveryNoticePending) {
    issue_software_token("gen1");
    std::ofstream(dir / "plain-file") << "not a folder";
    expect_write_fault(as("teller1", {"notices", "--pending", "--out",
                                      (dir / "plain-file" / "batch.pdf").string()}));
    auto r = as("teller1", {"notices", "--pending", "--out", (dir / "batch.pdf").string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.json()["documents"], 2);
    EXPECT_EQ(r.json()["print_count"], 1);
}

TEST_F(PrintRecordedTest, APrintOverAnEarlierFileReplacesItWhole) {
    std::ofstream(dir / "notice.pdf") << "an older file";
    auto r = as("teller1", {"notice", id, "--out", (dir / "notice.pdf").string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(std::filesystem::file_size(dir / "notice.pdf"), r.json()["bytes"].get<std::size_t>());
    // Only the PDF and what the fixture made: no temporary file beside it.
    for (const auto& name : entries(dir)) EXPECT_EQ(name.find(".notice.pdf."), std::string::npos);
}

TEST_F(PrintRecordedTest, PdfsDatabasesAndFoldersAreTheOwnersAloneWhateverTheUmask) {
    const mode_t saved = ::umask(0);  // the child inherits it: the widest possible
    auto r = as("teller1", {"notice", id, "--out", (dir / "out" / "notice.pdf").string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(mode_of(dir / "out" / "notice.pdf"), 0600u);
    EXPECT_EQ(mode_of(dir / "out"), 0700u);
    db_url = "sqlite:" + (dir / "new" / "fresh.db").string();
    env["TOKENDESK_KEY_FILE"] = (dir / "fresh.key").string();
    auto init = cli({"db", "init"});
    ::umask(saved);
    ASSERT_EQ(init.exit_code, 0) << init.out << init.err;
    EXPECT_EQ(mode_of(dir / "new" / "fresh.db"), 0600u);
    EXPECT_EQ(mode_of(dir / "new"), 0700u);
    EXPECT_EQ(mode_of(dir / "fresh.key"), 0600u);
    // SQLite gives its WAL and shared-memory files the database's rights (when they remain).
    for (const char* extra : {"fresh.db-wal", "fresh.db-shm"})
        if (std::filesystem::exists(dir / "new" / extra)) {
            EXPECT_EQ(mode_of(dir / "new" / extra), 0600u) << extra;
        }
}
