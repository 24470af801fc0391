#pragma once
// The settings IT gives every user of a counter PC: %PROGRAMDATA%\TokenDesk\tokendesk.conf on
// Windows, /etc/tokendesk/tokendesk.conf on Debian (TOKENDESK_SYSTEM_CONF moves it). Written by
// the installer from its DATABASE_URL and KEY_FILE properties, or by an administrator, through
// `tokendesk-cli config machine`; each user's own tokendesk.conf still overrides it.
#include <optional>

#include "td/core/outcome.h"
#include "td/runtime/settings_file.h"

namespace td::runtime {

// A value that would not mean the same for every user, or would break the file, is refused
// naming its field: a relative path, a database that is not sqlite:ABSOLUTE_PATH,
// postgresql://… or odbc:…, a control character (a line break would add a line of its own), a
// language other than ja/en, lock minutes outside 0–120.
std::optional<core::Refusal> check_machine_settings(const Settings& changes);
// The refusal for lock minutes that are not a whole number from 0 to kMaxLockMinutes.
core::Refusal lock_minutes_out_of_range();

// Puts `changes` into the machine's file, keeping every value they do not name, written whole
// and readable by every user of the PC (the file names no secret of its own; see
// docs/windows.md on a password in the database URL). Returns what the file now holds.
// Call check_machine_settings first: this writes what it is given.
Settings update_machine_settings(const Settings& changes);

}  // namespace td::runtime
