#include "td/runtime/settings_file.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "td/core/outcome.h"
#include "td/platform/places.h"
#include "td/platform/private_files.h"
#include "td/platform/utf8_path.h"

namespace td::runtime {
namespace {

std::optional<std::string> env(const char* name) {
    return platform::environment(name);
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

[[noreturn]] void bad_line(const std::string& source, int line, const std::string& why) {
    throw core::Fault(source + " line " + std::to_string(line) + ": " + why);
}

// The keys whose value is kept as written, in the order format_settings writes them.
constexpr std::pair<const char*, std::optional<std::string> Settings::*> kTextKeys[] = {
    {"database", &Settings::database},
    {"key_file", &Settings::key_file},
    {"printer", &Settings::printer},
    {"language", &Settings::language},
    {"server_listen", &Settings::server_listen},
    {"server_certificate", &Settings::server_certificate},
    {"server_private_key", &Settings::server_private_key},
    {"server_client_ca", &Settings::server_client_ca},
    {"smtp_relay", &Settings::smtp_relay},
    {"mail_from", &Settings::mail_from},
    {"smtp_ca", &Settings::smtp_ca},
};

void set_value(Settings& s, std::string_view key, std::string value, const std::string& source,
               int line) {
    if (key == "language" && value != "ja" && value != "en")
        bad_line(source, line, "language must be ja or en");
    for (const auto& [name, member] : kTextKeys)
        if (key == name) {
            s.*member = std::move(value);
            return;
        }
    if (key == "server_host") {
        s.server_hosts.push_back(std::move(value));
    } else if (key == "lock_minutes") {
        int minutes = -1;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), minutes);
        if (ec != std::errc() || end != value.data() + value.size() || minutes < 0 ||
            minutes > kMaxLockMinutes)
            bad_line(
                source, line,
                "lock_minutes must be a whole number from 0 to " + std::to_string(kMaxLockMinutes));
        s.lock_minutes = minutes;
    } else {
        std::string known;
        for (const auto& [name, member] : kTextKeys) known += std::string(name) + ", ";
        bad_line(source, line,
                 "unknown key '" + std::string(key) + "' (known: " + known +
                     "lock_minutes, server_host)");
    }
}

}  // namespace

Settings read_settings_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};  // no file: nothing configured there
    std::ostringstream text;
    text << in.rdbuf();
    return parse_settings(text.str(), platform::utf8_of(path));
}

void Settings::overlay(const Settings& over) {
    for (const auto& [name, member] : kTextKeys)
        if (over.*member) this->*member = over.*member;
    if (over.lock_minutes) lock_minutes = over.lock_minutes;
    if (!over.server_hosts.empty()) server_hosts = over.server_hosts;
}

std::filesystem::path user_settings_path() {
    if (auto path = env("TOKENDESK_CONF")) return platform::path_from_utf8(*path);
    return platform::user_config_directory() / "tokendesk.conf";
}

std::filesystem::path system_settings_path() {
    if (auto path = env("TOKENDESK_SYSTEM_CONF")) return platform::path_from_utf8(*path);
    return platform::machine_config_file();
}

Settings parse_settings(std::string_view text, const std::string& source) {
    Settings s;
    int line_no = 0;
    while (!text.empty()) {
        const auto eol = text.find('\n');
        const std::string_view raw = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        ++line_no;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        const auto eq = line.find('=');
        if (eq == std::string_view::npos) bad_line(source, line_no, "expected key = value");
        const std::string_view key = trim(line.substr(0, eq));
        // The value is taken whole: a password may contain '#' or '='.
        set_value(s, key, std::string(trim(line.substr(eq + 1))), source, line_no);
    }
    return s;
}

std::string format_settings(const Settings& s) {
    std::string out =
        "# TokenDesk settings, one \"key = value\" a line (see docs/central-database.md).\n"
        "# Policy values are kept in the database, not here.\n";
    auto put = [&](const char* key, const std::optional<std::string>& v) {
        if (v) out += std::string(key) + " = " + *v + "\n";
    };
    for (const auto& [name, member] : kTextKeys) put(name, s.*member);
    if (s.lock_minutes) out += "lock_minutes = " + std::to_string(*s.lock_minutes) + "\n";
    for (const auto& host : s.server_hosts) out += "server_host = " + host + "\n";
    return out;
}

Settings load_settings() {
    Settings s = read_settings_file(system_settings_path());
    s.overlay(read_settings_file(user_settings_path()));
    return s;
}

void save_settings(const Settings& settings, const std::filesystem::path& path) {
    // Owner-only (it may hold a database password), whole, and never through a link; a group
    // an administrator gave the file on purpose is kept.
    if (path.has_parent_path()) platform::create_private_directories(path.parent_path());
    platform::replace_file(path, format_settings(settings));
}

}  // namespace td::runtime
