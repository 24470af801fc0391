#pragma once
// tokendesk.conf: where a counter PC finds its database and key file, so that a database
// password never has to be typed on a command line. Read by tokendesk-cli and the desktop
// alike; the desktop's settings screen writes the user's file. Policy is not here: it lives in
// the database, the same for every PC.
//
// Format: one "key = value" per line, '#' starts a comment line. Keys: database, key_file,
// printer, language, lock_minutes, and tokendesk-server's (server_listen, server_certificate,
// server_private_key, server_client_ca, server_host (one line per host), smtp_relay,
// mail_from, smtp_ca). An unknown key or a malformed line is an error naming the file and line, so
// a typo is never silently ignored.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace td::runtime {

// The desktop's idle lock: 0 (never) to this many minutes.
inline constexpr int kMaxLockMinutes = 120;

struct Settings {
    std::optional<std::string> database;  // a database URL (sqlite:, postgresql://, odbc:)
    std::optional<std::string> key_file;
    std::optional<std::string> printer;   // a CUPS destination; unset: the system PDF viewer
    std::optional<std::string> language;  // "ja" or "en"; unset: the system locale
    std::optional<int> lock_minutes;      // idle minutes before the desktop locks (0: never)

    // tokendesk-server's (docs/host-interface.md); checked by the server, which knows them.
    std::optional<std::string> server_listen;       // HOST:PORT
    std::optional<std::string> server_certificate;  // PEM files
    std::optional<std::string> server_private_key;
    std::optional<std::string> server_client_ca;
    // One per server_host line: "NAME FINGERPRINT SERVICE_ID[,SERVICE_ID...]". A file that has
    // any replaces the lines of the files under it as a whole.
    std::vector<std::string> server_hosts;
    std::optional<std::string> smtp_relay;  // HOST:PORT
    std::optional<std::string> mail_from;
    std::optional<std::string> smtp_ca;  // PEM: the relay's CA, when STARTTLS is not public

    // Values set in `over` replace ours.
    void overlay(const Settings& over);
    bool operator==(const Settings&) const = default;
};

// TOKENDESK_CONF, else $XDG_CONFIG_HOME/tokendesk/tokendesk.conf, else
// ~/.config/tokendesk/tokendesk.conf.
std::filesystem::path user_settings_path();
// TOKENDESK_SYSTEM_CONF, else /etc/tokendesk/tokendesk.conf (set by the bank's IT for every
// user of the PC; the user's file overrides it key by key).
std::filesystem::path system_settings_path();

// Throws core::Fault naming `source` and the line.
// One file's settings; empty when there is no file.
Settings read_settings_file(const std::filesystem::path& path);
Settings parse_settings(std::string_view text, const std::string& source);
std::string format_settings(const Settings& settings);

// The system file, then the user's over it; a missing file is an empty one.
Settings load_settings();
// Written whole to a temporary file readable by the owner only (it may hold a database
// password), then renamed over the old one. Throws core::Fault.
void save_settings(const Settings& settings, const std::filesystem::path& path);

}  // namespace td::runtime
