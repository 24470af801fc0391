#include "td/runtime/machine_settings.h"

#include <cstdio>
#include <filesystem>
#include <string_view>

#include "td/platform/private_files.h"
#include "td/platform/utf8_path.h"

namespace td::runtime {
namespace {

std::optional<core::Refusal> control_character(const char* field, std::string_view value) {
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", byte);
            return core::refuse("control_character", field).with("character", code);
        }
    }
    return std::nullopt;
}

bool absolute(std::string_view utf8_path) {
    return platform::path_from_utf8(std::string(utf8_path)).is_absolute();
}

std::optional<core::Refusal> check_database(const std::string& url) {
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0 ||
        url.rfind("odbc:", 0) == 0)
        return std::nullopt;
    if (url.rfind("sqlite:", 0) == 0) {
        const std::string path = url.substr(7);
        if (!path.empty() && absolute(path)) return std::nullopt;
        return core::refuse("settings_path_not_absolute", "database").with("path", path);
    }
    return core::refuse("settings_database_scheme", "database");
}

}  // namespace

core::Refusal lock_minutes_out_of_range() {
    return core::refuse("settings_number_range", "lock_minutes")
        .with("min", "0")
        .with("max", std::to_string(kMaxLockMinutes));
}

std::optional<core::Refusal> check_machine_settings(const Settings& changes) {
    const std::pair<const char*, const std::optional<std::string>*> texts[] = {
        {"database", &changes.database},
        {"key_file", &changes.key_file},
        {"printer", &changes.printer},
        {"language", &changes.language}};
    for (const auto& [field, value] : texts)
        if (*value)
            if (auto refused = control_character(field, **value)) return refused;
    if (changes.database)
        if (auto refused = check_database(*changes.database)) return refused;
    if (changes.key_file && !absolute(*changes.key_file))
        return core::refuse("settings_path_not_absolute", "key_file")
            .with("path", *changes.key_file);
    if (changes.language && *changes.language != "ja" && *changes.language != "en")
        return core::refuse("invalid_choice", "language").with("choices", "ja|en");
    if (changes.lock_minutes &&
        (*changes.lock_minutes < 0 || *changes.lock_minutes > kMaxLockMinutes))
        return lock_minutes_out_of_range();
    return std::nullopt;
}

Settings update_machine_settings(const Settings& changes) {
    const std::filesystem::path path = system_settings_path();
    Settings merged = read_settings_file(path);
    merged.overlay(changes);
    // The folder takes its parent's rights (ProgramData's, /etc's): every user reads it.
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    platform::replace_file(path, format_settings(merged), platform::Readers::everyone);
    return merged;
}

}  // namespace td::runtime
