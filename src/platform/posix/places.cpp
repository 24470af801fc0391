// Debian (POSIX, XDG base directories) implementation of td/platform/places.h.
#include "td/platform/places.h"

#include <cstdlib>

#include "td/core/outcome.h"

namespace td::platform {
namespace fs = std::filesystem;

std::optional<std::string> environment(const char* name) {
    const char* v = std::getenv(name);
    if (v && *v) return std::string(v);
    return std::nullopt;
}

fs::path user_data_directory() {
    // The XDG spec says to ignore a relative XDG_DATA_HOME.
    if (auto xdg = environment("XDG_DATA_HOME"); xdg && fs::path(*xdg).is_absolute())
        return fs::path(*xdg) / "tokendesk";
    if (auto home = environment("HOME")) return fs::path(*home) / ".local" / "share" / "tokendesk";
    throw core::Fault("cannot place TokenDesk's data: neither XDG_DATA_HOME nor HOME is set");
}

fs::path user_config_directory() {
    if (auto xdg = environment("XDG_CONFIG_HOME"); xdg && fs::path(*xdg).is_absolute())
        return fs::path(*xdg) / "tokendesk";
    if (auto home = environment("HOME")) return fs::path(*home) / ".config" / "tokendesk";
    return fs::current_path() / "tokendesk";
}

fs::path machine_config_file() {
    return "/etc/tokendesk/tokendesk.conf";
}

fs::path installed(Installed what) {
    const fs::path share = TD_INSTALL_PREFIX "/share";
    switch (what) {
        case Installed::locale:
            return share / "locale";
        case Installed::reports:
            return share / "tokendesk" / "reports";
        case Installed::font:
            return "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";
    }
    return share;
}

}  // namespace td::platform
