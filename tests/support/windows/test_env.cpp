#include "test_env.h"

#include <windows.h>

#include <cstdlib>

namespace td::test {
namespace {

std::wstring wide(const std::string& s) {
    const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), out.data(), n);
    return out;
}

std::string narrow(const std::wstring& w) {
    const int n = WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), nullptr, 0,
                                      nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), out.data(), n, nullptr,
                        nullptr);
    return out;
}

}  // namespace

void set_env(const std::string& name, const std::string& value) {
    _wputenv_s(wide(name).c_str(), wide(value).c_str());
}

void unset_env(const std::string& name) {
    // An empty value removes the variable on Windows.
    _wputenv_s(wide(name).c_str(), L"");
}

std::optional<std::string> get_env(const std::string& name) {
    const wchar_t* v = _wgetenv(wide(name).c_str());
    return v ? std::optional<std::string>(narrow(v)) : std::nullopt;
}

}  // namespace td::test
