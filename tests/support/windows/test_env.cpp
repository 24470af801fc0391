#include "test_env.h"

#include <windows.h>

#include <cstdlib>

#include "wide_text.h"

namespace td::test {

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
