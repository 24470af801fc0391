// Windows console implementation of td/platform/console.h.
#include "td/platform/console.h"

#include <windows.h>
// After windows.h.
#include <shellapi.h>

#include <iostream>

#include "wide.h"

namespace td::platform {

void use_utf8_console() {
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
}

std::vector<std::string> arguments(int, char**) {
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> args;
    for (int i = 1; wide && i < count; ++i) args.push_back(windows::to_utf8(wide[i]));
    if (wide) LocalFree(wide);
    return args;
}

std::string read_secret_line(const std::string& prompt) {
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode)) {
        // A pipe or a file: read as it comes.
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    std::cerr << prompt << std::flush;
    SetConsoleMode(in, (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
    // ReadConsoleW: the console's own UTF-16, whatever its code page.
    std::wstring wide;
    wchar_t buffer[256];
    DWORD got = 0;
    while (ReadConsoleW(in, buffer, 256, &got, nullptr) && got > 0) {
        wide.append(buffer, got);
        if (wide.back() == L'\n') break;
    }
    SetConsoleMode(in, mode);
    std::cerr << "\n";
    while (!wide.empty() && (wide.back() == L'\n' || wide.back() == L'\r')) wide.pop_back();
    return windows::to_utf8(wide);
}

}  // namespace td::platform
