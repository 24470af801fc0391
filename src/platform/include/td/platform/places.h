#pragma once
// Where TokenDesk keeps and finds things on this platform: the user's data and settings, the
// machine-wide settings, and what the installation brings (translations, templates, the font).
// One implementation per platform (posix/places.cpp, windows/places.cpp); callers never test
// a platform macro. Paths are given as std::filesystem::path; text from the environment as
// UTF-8 whatever the platform's own encoding.
#include <filesystem>
#include <optional>
#include <string>

namespace td::platform {

// The variable's value in UTF-8; nullopt when it is unset or empty.
std::optional<std::string> environment(const char* name);

// The user's own TokenDesk folder for the default database and key file.
// Debian: $XDG_DATA_HOME/tokendesk (only when absolute), else ~/.local/share/tokendesk.
// Windows: %LOCALAPPDATA%\TokenDesk (the variable when it is set to an absolute path, else the
// known folder).
// Throws core::Fault when the platform gives no such place (no HOME).
std::filesystem::path user_data_directory();

// The user's own settings folder (tokendesk.conf).
// Debian: $XDG_CONFIG_HOME/tokendesk, else ~/.config/tokendesk. Windows: %LOCALAPPDATA%\TokenDesk.
std::filesystem::path user_config_directory();

// The settings every user of the computer starts from, set by the bank's IT.
// Debian: /etc/tokendesk/tokendesk.conf. Windows: %PROGRAMDATA%\TokenDesk\tokendesk.conf.
std::filesystem::path machine_config_file();

// What an installed TokenDesk brings with it.
enum class Installed {
    locale,   // translations: <dir>/<lang>/LC_MESSAGES/tokendesk.mo
    reports,  // document templates
    font,     // IPAex Mincho (ipaexm.ttf)
};
// Debian: under the install prefix's share/ (the font: Debian's fonts-ipaexfont-mincho).
// Windows: beside the program (locale\, reports\, fonts\ipaexm.ttf).
std::filesystem::path installed(Installed what);

}  // namespace td::platform
