// Where TokenDesk keeps things on Debian: XDG base directories, /etc, the install prefix.
#include "td/platform/places.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <optional>
#include <string>

#include "td/core/outcome.h"

namespace td::platform {
namespace {

namespace fs = std::filesystem;

// Sets an environment variable for one test and restores it afterwards.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    ~ScopedEnv() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
    }

  private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST(PosixPlaces, DataFollowsXdgDataHome) {
    ScopedEnv xdg("XDG_DATA_HOME", "/srv/data");
    EXPECT_EQ(user_data_directory(), fs::path("/srv/data/tokendesk"));
}

TEST(PosixPlaces, DataFallsBackToHome) {
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    ScopedEnv home("HOME", "/home/teller");
    EXPECT_EQ(user_data_directory(), fs::path("/home/teller/.local/share/tokendesk"));
}

TEST(PosixPlaces, DataIgnoresARelativeXdgDataHome) {
    ScopedEnv xdg("XDG_DATA_HOME", "relative");
    ScopedEnv home("HOME", "/home/teller");
    EXPECT_EQ(user_data_directory(), fs::path("/home/teller/.local/share/tokendesk"));
}

TEST(PosixPlaces, DataNeedsXdgDataHomeOrHome) {
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    ScopedEnv home("HOME", nullptr);
    EXPECT_THROW(user_data_directory(), core::Fault);
}

TEST(PosixPlaces, SettingsFollowXdgConfigHomeElseHome) {
    {
        ScopedEnv xdg("XDG_CONFIG_HOME", "/srv/conf");
        EXPECT_EQ(user_config_directory(), fs::path("/srv/conf/tokendesk"));
    }
    ScopedEnv xdg("XDG_CONFIG_HOME", nullptr);
    ScopedEnv home("HOME", "/home/teller");
    EXPECT_EQ(user_config_directory(), fs::path("/home/teller/.config/tokendesk"));
}

TEST(PosixPlaces, MachineSettingsAreInEtc) {
    EXPECT_EQ(machine_config_file(), fs::path("/etc/tokendesk/tokendesk.conf"));
}

TEST(PosixPlaces, TheFontIsDebiansIpaexMincho) {
    EXPECT_EQ(installed(Installed::font),
              fs::path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"));
    EXPECT_EQ(installed(Installed::locale).filename(), "locale");
}

TEST(PosixPlaces, EnvironmentIsNulloptWhenUnsetOrEmpty) {
    ScopedEnv a("TD_PLACES_TEST", "");
    EXPECT_FALSE(environment("TD_PLACES_TEST"));
    ScopedEnv b("TD_PLACES_TEST", "窓口");
    EXPECT_EQ(environment("TD_PLACES_TEST"), "窓口");
}

}  // namespace
}  // namespace td::platform
