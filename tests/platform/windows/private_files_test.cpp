// What TokenDesk writes on Windows is whole and readable by its owner only, in folders with
// any name; a secret file others may read is refused.
#include "td/platform/private_files.h"

#include <gtest/gtest.h>
#include <windows.h>
// After windows.h.
#include <aclapi.h>
#include <sddl.h>

#include <fstream>
#include <sstream>

#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "test_files.h"

namespace td::platform {
namespace {

namespace fs = std::filesystem;

std::span<const std::uint8_t> bytes_of(std::string_view s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::string text_of(const core::SecretBytes& b) {
    return {reinterpret_cast<const char*>(b.view().data()), b.size()};
}

// Gives `path` the access list `sddl` says, nothing inherited.
void set_access(const fs::path& path, const wchar_t* sddl) {
    PSECURITY_DESCRIPTOR sd = nullptr;
    ASSERT_TRUE(
        ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &sd, nullptr));
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    ASSERT_TRUE(GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted));
    const DWORD err =
        SetNamedSecurityInfoW(const_cast<wchar_t*>(path.c_str()), SE_FILE_OBJECT,
                              DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                              nullptr, nullptr, dacl, nullptr);
    LocalFree(sd);
    ASSERT_EQ(err, static_cast<DWORD>(ERROR_SUCCESS));
}

class WindowsPrivateFiles : public testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               (path_from_utf8("窓口-") +=
                std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        create_private_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

TEST_F(WindowsPrivateFiles, ASecretFileInAJapaneseFolderIsWrittenAndReadBack) {
    const fs::path key = dir_ / path_from_utf8("𠮷野.key");
    write_new_private_file(key, bytes_of("secret\n"), Flush::yes);
    const auto back = read_private_file(key, 64);
    ASSERT_TRUE(back);
    EXPECT_EQ(text_of(*back), "secret\n");
}

TEST_F(WindowsPrivateFiles, AMissingSecretFileIsNulloptNotAFault) {
    EXPECT_FALSE(read_private_file(dir_ / "none.key", 64));
}

TEST_F(WindowsPrivateFiles, ASecretFileEveryoneMayReadIsRefusedNamingWhoAndTheFix) {
    const fs::path key = dir_ / "open.key";
    write_new_private_file(key, bytes_of("secret\n"));
    set_access(key, L"D:P(A;;FA;;;OW)(A;;FR;;;WD)");
    try {
        read_private_file(key, 64);
        FAIL() << "a key file everyone may read was accepted";
    } catch (const core::Fault& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("read it"), std::string::npos) << message;
        EXPECT_NE(message.find("icacls"), std::string::npos) << message;
    }
}

TEST_F(WindowsPrivateFiles, ASecretFileLongerThanAskedIsRefused) {
    const fs::path key = dir_ / "long.key";
    write_new_private_file(key, bytes_of(std::string(100, 'a')));
    EXPECT_THROW(read_private_file(key, 64), core::Fault);
}

TEST_F(WindowsPrivateFiles, ANewFileIsNeverWrittenOverAnExistingOne) {
    const fs::path file = dir_ / "a.pdf";
    EXPECT_TRUE(create_private_file(file));
    EXPECT_FALSE(create_private_file(file));
    EXPECT_THROW(write_new_private_file(file, bytes_of("x")), core::Fault);
}

TEST_F(WindowsPrivateFiles, ReplaceWritesWholeAndLeavesNoTemporaryFileBehind) {
    const fs::path file = dir_ / path_from_utf8("お知らせ.pdf");
    replace_file(file, std::string_view("first"));
    replace_file(file, std::string_view("second"));
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    EXPECT_EQ(s.str(), "second");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_)) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST_F(WindowsPrivateFiles, EveryonesFileTakesTheFoldersAccessListNotTheOwnersAlone) {
    // ProgramData's own: SYSTEM and Administrators full, Users read, inherited by what is in it.
    set_access(dir_, L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;GR;;;BU)(A;OICI;FA;;;OW)");
    const fs::path file = dir_ / "tokendesk.conf";
    replace_file(file, std::string_view("database = x"), Readers::everyone);
    EXPECT_FALSE(td::test::only_owner_may_use(file));
    replace_file(dir_ / "mine.conf", std::string_view("database = x"));
    EXPECT_TRUE(td::test::only_owner_may_use(dir_ / "mine.conf"));
}

TEST_F(WindowsPrivateFiles, ATemporaryDirectoryGoesWithItsFiles) {
    fs::path made;
    {
        PrivateTempDir temp(user_temp_directory("tokendesk-test"), "print-");
        made = temp.path();
        write_new_private_file(made / "x.pdf", bytes_of("x"));
        EXPECT_TRUE(fs::is_directory(made));
    }
    EXPECT_FALSE(fs::exists(made));
}

}  // namespace
}  // namespace td::platform
