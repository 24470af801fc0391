// Windows implementation of td/platform/places.h: the known folders, the program's own folder.
#include "td/platform/places.h"

#include <windows.h>
// After windows.h.
#include <knownfolders.h>
#include <shlobj.h>

#include <cstdlib>
#include <vector>

#include "td/core/outcome.h"
#include "wide.h"

namespace td::platform {
namespace fs = std::filesystem;
namespace {

// The folder Windows knows by `id`; the environment variable of the same name first when it
// holds an absolute path (Windows sets it to the same folder; tests and IT scripts may move it).
fs::path known_folder(const KNOWNFOLDERID& id, const char* name) {
    if (const wchar_t* v = _wgetenv(windows::to_wide(name).c_str()); v && *v) {
        fs::path from_env(v);
        if (from_env.is_absolute()) return from_env;
    }
    wchar_t* path = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(id, KF_FLAG_DEFAULT, nullptr, &path);
    if (FAILED(hr)) {
        CoTaskMemFree(path);
        throw core::Fault(std::string("cannot find the folder ") + name + ": " +
                          windows::error_text(static_cast<unsigned long>(hr)));
    }
    fs::path result(path);
    CoTaskMemFree(path);
    return result;
}

fs::path program_directory() {
    std::vector<wchar_t> buffer(MAX_PATH);
    for (;;) {
        const DWORD n =
            GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0)
            throw core::Fault("cannot find the program's folder: " +
                              windows::error_text(GetLastError()));
        if (n < buffer.size()) return fs::path(std::wstring(buffer.data(), n)).parent_path();
        buffer.resize(buffer.size() * 2);
    }
}

}  // namespace

std::optional<std::string> environment(const char* name) {
    const wchar_t* v = _wgetenv(windows::to_wide(name).c_str());
    if (v && *v) return windows::to_utf8(v);
    return std::nullopt;
}

fs::path user_data_directory() {
    return known_folder(FOLDERID_LocalAppData, "LOCALAPPDATA") / "TokenDesk";
}

fs::path user_config_directory() {
    return known_folder(FOLDERID_LocalAppData, "LOCALAPPDATA") / "TokenDesk";
}

fs::path machine_config_file() {
    return known_folder(FOLDERID_ProgramData, "ProgramData") / "TokenDesk" / "tokendesk.conf";
}

fs::path installed(Installed what) {
    const fs::path dir = program_directory();
    switch (what) {
        case Installed::locale:
            return dir / "locale";
        case Installed::reports:
            return dir / "reports";
        case Installed::font:
            return dir / "fonts" / "ipaexm.ttf";
    }
    return dir;
}

}  // namespace td::platform
