#pragma once
// Where the desktop finds its database and key file: the same flags, variables and defaults
// as tokendesk-cli (--db / TOKENDESK_DB, --key-file / TOKENDESK_KEY_FILE, the user's data dir).
#include <memory>
#include <optional>
#include <string>

#include "td/core/clock.h"
#include "td/core/messages.h"

namespace td::app {

struct StartupOptions {
    std::string database_url;
    std::string key_file;
    bool demo = false;                       // fill a demo branch into an empty database
    std::optional<core::Language> language;  // --lang; otherwise the system's
    int lock_minutes = 5;                    // idle minutes before the screen locks
};

// Fills what the flags left empty from the environment, then from the defaults.
StartupOptions resolve_startup(const std::optional<std::string>& db_flag,
                               const std::optional<std::string>& key_file_flag);

}  // namespace td::app
