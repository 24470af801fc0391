// Where TokenDesk keeps things on Windows: the user's LocalAppData, ProgramData, and the
// program's own folder for what the installer puts beside it.
#include "td/platform/places.h"

#include <gtest/gtest.h>
#include <windows.h>

#include <cstdlib>

#include "td/platform/utf8_path.h"

namespace td::platform {
namespace {

namespace fs = std::filesystem;

fs::path env_path(const wchar_t* name) {
    const wchar_t* v = _wgetenv(name);
    return v ? fs::path(v) : fs::path();
}

TEST(WindowsPlaces, DataAndSettingsAreInTheUsersLocalAppData) {
    const fs::path local = env_path(L"LOCALAPPDATA");
    ASSERT_FALSE(local.empty());
    EXPECT_TRUE(fs::equivalent(user_data_directory().parent_path(), local));
    EXPECT_EQ(user_data_directory().filename(), "TokenDesk");
    EXPECT_EQ(user_config_directory(), user_data_directory());
}

TEST(WindowsPlaces, TheVariablesMoveTheFoldersWhenAbsolute) {
    const fs::path old_local = env_path(L"LOCALAPPDATA");
    ASSERT_EQ(_wputenv_s(L"LOCALAPPDATA", L"C:\\td-test\\\u7A93\u53E3"), 0);
    EXPECT_EQ(user_data_directory(), fs::path(L"C:\\td-test\\\u7A93\u53E3\\TokenDesk"));
    ASSERT_EQ(_wputenv_s(L"LOCALAPPDATA", L"relative"), 0);
    EXPECT_NE(user_data_directory(), fs::path(L"relative\\TokenDesk"));
    ASSERT_EQ(_wputenv_s(L"LOCALAPPDATA", old_local.c_str()), 0);
}

TEST(WindowsPlaces, MachineSettingsAreInProgramData) {
    const fs::path program_data = env_path(L"ProgramData");
    ASSERT_FALSE(program_data.empty());
    EXPECT_TRUE(fs::equivalent(machine_config_file().parent_path().parent_path(), program_data));
    EXPECT_EQ(machine_config_file().parent_path().filename(), "TokenDesk");
    EXPECT_EQ(machine_config_file().filename(), "tokendesk.conf");
}

TEST(WindowsPlaces, TheFontTemplatesAndTranslationsAreBesideTheProgram) {
    wchar_t self[MAX_PATH];
    ASSERT_GT(GetModuleFileNameW(nullptr, self, MAX_PATH), 0u);
    const fs::path dir = fs::path(self).parent_path();
    EXPECT_EQ(installed(Installed::font), dir / "fonts" / "ipaexm.ttf");
    EXPECT_EQ(installed(Installed::reports), dir / "reports");
    EXPECT_EQ(installed(Installed::locale), dir / "locale");
}

TEST(WindowsPlaces, EnvironmentComesBackAsUtf8WhateverTheCodePage) {
    ASSERT_EQ(_wputenv_s(L"TD_PLACES_TEST", L"\u7A93\u53E3\\\U00020BB7\u91CE"), 0);
    EXPECT_EQ(environment("TD_PLACES_TEST"), "窓口\\𠮷野");
    ASSERT_EQ(_wputenv_s(L"TD_PLACES_TEST", L""), 0);
    EXPECT_FALSE(environment("TD_PLACES_TEST"));
}

}  // namespace
}  // namespace td::platform
