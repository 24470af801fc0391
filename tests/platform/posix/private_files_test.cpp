// What TokenDesk writes is whole, private and never written through someone else's link.
#include "td/platform/private_files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "td/core/outcome.h"
#include "td/platform/file_document_sink.h"
#include "tiny_filesystem.h"

namespace td::platform {
namespace {

namespace fs = std::filesystem;

unsigned mode_of(const fs::path& p) {
    struct stat st {};
    EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

// Everything in `dir` but the names given: a temporary file left behind shows up here.
std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

class PrivateFilesTest : public ::testing::Test {
  protected:
    fs::path dir;
    mode_t saved_umask = 0;

    void SetUp() override {
        std::string tmpl = (fs::temp_directory_path() / "td-files-XXXXXX").string();
        ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
        dir = tmpl;
        // The widest umask: every mode checked below is the code's, not the umask's.
        saved_umask = ::umask(0);
    }
    void TearDown() override {
        ::umask(saved_umask);
        ::chmod(dir.c_str(), 0700);
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

TEST_F(PrivateFilesTest, ANewFileIsReadableByItsOwnerOnlyWhateverTheUmask) {
    replace_file(dir / "notice.pdf", std::string_view("%PDF-1.4"));
    EXPECT_EQ(read(dir / "notice.pdf"), "%PDF-1.4");
    EXPECT_EQ(mode_of(dir / "notice.pdf"), 0600u);
    EXPECT_EQ(entries(dir), std::vector<std::string>{"notice.pdf"});
}

TEST_F(PrivateFilesTest, AReplacedFileKeepsTheGroupItWasGivenButNeverOthers) {
    write(dir / "tokendesk.conf", "old");
    ::chmod((dir / "tokendesk.conf").c_str(), 0664);
    replace_file(dir / "tokendesk.conf", std::string_view("new"));
    EXPECT_EQ(read(dir / "tokendesk.conf"), "new");
    EXPECT_EQ(mode_of(dir / "tokendesk.conf"), 0660u);
}

TEST_F(PrivateFilesTest, EveryonesFileIsReadableByAllAndWritableByItsOwnerWhateverTheUmask) {
    ::umask(0077);
    replace_file(dir / "tokendesk.conf", std::string_view("database = x"), Readers::everyone);
    EXPECT_EQ(mode_of(dir / "tokendesk.conf"), 0644u);
    // Replaced, it keeps a group an administrator gave it, never others' writing.
    ::chmod((dir / "tokendesk.conf").c_str(), 0666);
    replace_file(dir / "tokendesk.conf", std::string_view("database = y"), Readers::everyone);
    EXPECT_EQ(mode_of(dir / "tokendesk.conf"), 0664u);
    EXPECT_EQ(read(dir / "tokendesk.conf"), "database = y");
}

TEST_F(PrivateFilesTest, ALinkAtTheTargetIsReplacedNotFollowed) {
    write(dir / "theirs.txt", "someone else's file");
    fs::create_symlink(dir / "theirs.txt", dir / "notice.pdf");
    replace_file(dir / "notice.pdf", std::string_view("%PDF"));
    EXPECT_FALSE(fs::is_symlink(dir / "notice.pdf"));
    EXPECT_EQ(read(dir / "notice.pdf"), "%PDF");
    EXPECT_EQ(read(dir / "theirs.txt"), "someone else's file");
}

TEST_F(PrivateFilesTest, AFailedReplaceLeavesNoTemporaryFileAndTheOldFileAsItWas) {
    fs::create_directory(dir / "notice.pdf");  // rename over a directory fails
    EXPECT_THROW(replace_file(dir / "notice.pdf", std::string_view("%PDF")), core::Fault);
    EXPECT_EQ(entries(dir), std::vector<std::string>{"notice.pdf"});
    EXPECT_THROW(replace_file(dir / "missing" / "x.pdf", std::string_view("%PDF")), core::Fault);
}

TEST_F(PrivateFilesTest, AFullDiskLeavesNoTemporaryFileAndTheOldFileAsItWas) {
    test::TinyFilesystem tiny(dir / "tiny", 64);
    if (!tiny.mounted()) GTEST_SKIP() << "cannot mount a small tmpfs: " << tiny.why_not();
    replace_file(dir / "tiny" / "notice.pdf", std::string_view("old"));
    const std::vector<std::uint8_t> big(256 * 1024, 'x');
    try {
        replace_file(dir / "tiny" / "notice.pdf", big);
        FAIL() << "a 256 KB file fitted in 64 KB";
    } catch (const core::Fault& e) {
        EXPECT_NE(std::string(e.what()).find("No space left"), std::string::npos) << e.what();
    }
    EXPECT_EQ(entries(dir / "tiny"), std::vector<std::string>{"notice.pdf"});
    EXPECT_EQ(read(dir / "tiny" / "notice.pdf"), "old");
}

TEST_F(PrivateFilesTest, TheDocumentSinkMakesMissingFoldersForItsOwnerOnly) {
    FileDocumentSink sink(dir / "out" / "2026" / "notice.pdf");
    sink.publish({'%', 'P', 'D', 'F'});
    EXPECT_EQ(read(dir / "out" / "2026" / "notice.pdf"), "%PDF");
    EXPECT_EQ(mode_of(dir / "out"), 0700u);
    EXPECT_EQ(mode_of(dir / "out" / "2026" / "notice.pdf"), 0600u);
}

TEST_F(PrivateFilesTest, APrivateFileIsCreatedOnlyWhereNothingIsYet) {
    EXPECT_TRUE(create_private_file(dir / "tokendesk.db"));
    EXPECT_EQ(mode_of(dir / "tokendesk.db"), 0600u);
    EXPECT_FALSE(create_private_file(dir / "tokendesk.db"));
    // A dangling link is something: following it would create a file where the link points.
    fs::create_symlink(dir / "elsewhere.db", dir / "link.db");
    EXPECT_FALSE(create_private_file(dir / "link.db"));
    EXPECT_FALSE(fs::exists(dir / "elsewhere.db"));
}

TEST_F(PrivateFilesTest, ANewPrivateFileIsNeverWrittenThroughALink) {
    const std::vector<std::uint8_t> bytes{'a', 'b'};
    write_new_private_file(dir / "subset.ttf", bytes);
    EXPECT_EQ(mode_of(dir / "subset.ttf"), 0600u);
    EXPECT_THROW(write_new_private_file(dir / "subset.ttf", bytes), core::Fault);
    fs::create_symlink(dir / "victim", dir / "link.ttf");
    EXPECT_THROW(write_new_private_file(dir / "link.ttf", bytes), core::Fault);
    EXPECT_FALSE(fs::exists(dir / "victim"));
}

class UserTempDirectoryTest : public PrivateFilesTest {
  protected:
    fs::path expected;
    void SetUp() override {
        PrivateFilesTest::SetUp();
        ::unsetenv("XDG_RUNTIME_DIR");
        ::setenv("TMPDIR", dir.c_str(), 1);
        expected = dir / ("tokendesk-" + std::to_string(::geteuid()));
    }
    void TearDown() override {
        ::unsetenv("TMPDIR");
        PrivateFilesTest::TearDown();
    }
};

TEST_F(UserTempDirectoryTest, IsCreatedForTheUserAlone) {
    EXPECT_EQ(user_temp_directory("tokendesk"), expected);
    EXPECT_EQ(mode_of(expected), 0700u);
    EXPECT_EQ(user_temp_directory("tokendesk"), expected);  // the second time finds it
}

TEST_F(UserTempDirectoryTest, ALinkInItsPlaceIsRefused) {
    fs::create_directory(dir / "trap");
    fs::create_symlink(dir / "trap", expected);
    EXPECT_THROW(user_temp_directory("tokendesk"), core::Fault);
    write(dir / "file", "");
    fs::remove(expected);
    fs::create_symlink(dir / "file", expected);
    EXPECT_THROW(user_temp_directory("tokendesk"), core::Fault);
}

TEST_F(UserTempDirectoryTest, AnotherUsersDirectoryIsRefused) {
    if (::geteuid() != 0) GTEST_SKIP() << "making a directory another user's needs root";
    fs::create_directory(expected);
    ASSERT_EQ(::chown(expected.c_str(), 65534, 65534), 0);
    EXPECT_THROW(user_temp_directory("tokendesk"), core::Fault);
}

TEST_F(UserTempDirectoryTest, RightsWiderThanTheOwnersAreNarrowed) {
    fs::create_directory(expected);
    ::chmod(expected.c_str(), 0755);
    EXPECT_EQ(user_temp_directory("tokendesk"), expected);
    EXPECT_EQ(mode_of(expected), 0700u);
}

TEST_F(UserTempDirectoryTest, ARunsDirectoryIsPrivateAndGoesWithItsFiles) {
    fs::path inside;
    {
        PrivateTempDir run(user_temp_directory("tokendesk"), "print-");
        inside = run.path();
        EXPECT_EQ(mode_of(inside), 0700u);
        write(inside / "notice.pdf", "%PDF");
    }
    EXPECT_FALSE(fs::exists(inside));
}

std::string text_of(const core::SecretBytes& b) {
    return {reinterpret_cast<const char*>(b.view().data()), b.size()};
}

TEST_F(PrivateFilesTest, ASecretFileOnlyItsOwnerMayUseIsRead) {
    write(dir / "tokendesk.key", "secret\n");
    ::chmod((dir / "tokendesk.key").c_str(), 0600);
    const auto got = read_private_file(dir / "tokendesk.key", 64);
    ASSERT_TRUE(got);
    EXPECT_EQ(text_of(*got), "secret\n");
    EXPECT_FALSE(read_private_file(dir / "none.key", 64));
}

TEST_F(PrivateFilesTest, ASecretFileTheGroupOrOthersMayUseIsRefusedNamingItsRights) {
    for (const unsigned mode : {0644u, 0640u, 0620u, 0604u, 0601u}) {
        write(dir / "tokendesk.key", "secret\n");
        ::chmod((dir / "tokendesk.key").c_str(), mode);
        char expected[8];
        std::snprintf(expected, sizeof expected, "%04o", mode);
        try {
            read_private_file(dir / "tokendesk.key", 64);
            ADD_FAILURE() << "mode " << expected << " was accepted";
        } catch (const core::Fault& e) {
            EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("owner only"), std::string::npos) << e.what();
        }
        fs::remove(dir / "tokendesk.key");
    }
}

TEST_F(PrivateFilesTest, ASecretFileThatIsADirectoryOrTooLongIsRefused) {
    fs::create_directory(dir / "dir.key");
    EXPECT_THROW(read_private_file(dir / "dir.key", 64), core::Fault);
    write(dir / "long.key", std::string(65, 'a'));
    ::chmod((dir / "long.key").c_str(), 0600);
    EXPECT_THROW(read_private_file(dir / "long.key", 64), core::Fault);
    EXPECT_TRUE(read_private_file(dir / "long.key", 65));
}

}  // namespace
}  // namespace td::platform
