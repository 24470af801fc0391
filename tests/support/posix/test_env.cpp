#include "test_env.h"

#include <stdlib.h>

namespace td::test {

void set_env(const std::string& name, const std::string& value) {
    ::setenv(name.c_str(), value.c_str(), 1);
}

void unset_env(const std::string& name) {
    ::unsetenv(name.c_str());
}

std::optional<std::string> get_env(const std::string& name) {
    const char* v = std::getenv(name.c_str());
    return v ? std::optional<std::string>(v) : std::nullopt;
}

}  // namespace td::test
