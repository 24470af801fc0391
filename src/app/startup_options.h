#pragma once
// Where the desktop finds its database and key file: the same flags, variables, tokendesk.conf
// and defaults as tokendesk-cli (--db / TOKENDESK_DB / database, --key-file /
// TOKENDESK_KEY_FILE / key_file, then the user's data dir). Language, printer and the idle lock
// come from tokendesk.conf too; the command line wins.
#include <memory>
#include <optional>
#include <string>

#include "td/core/clock.h"
#include "td/core/messages.h"
#include "td/runtime/settings_file.h"

namespace td::app {

struct StartupOptions {
    std::string database_url;
    std::string key_file;
    bool demo = false;                       // fill a demo branch into an empty database
    std::optional<core::Language> language;  // --lang or tokendesk.conf; otherwise the system's
    int lock_minutes = 5;                    // idle minutes before the screen locks
    std::string printer;                     // CUPS destination; empty: the PDF viewer
    std::string settings_problem;            // a malformed tokendesk.conf, told at start-up
};

// Fills what the flags left empty from the environment, tokendesk.conf, then the defaults.
StartupOptions resolve_startup(const std::optional<std::string>& db_flag,
                               const std::optional<std::string>& key_file_flag);

}  // namespace td::app
