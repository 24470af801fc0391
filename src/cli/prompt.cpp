#include "prompt.h"

#include <cstdlib>

#include "td/platform/console.h"
#include "td/platform/places.h"

namespace td::cli {

std::string read_secret(const char* env_name, const std::string& prompt) {
    if (auto v = platform::environment(env_name)) return *v;
    // An empty variable counts as set and empty, as it always has.
    if (const char* v = std::getenv(env_name)) return v;
    return platform::read_secret_line(prompt);
}

std::optional<std::string> read_new_secret(const char* env_name, const std::string& prompt,
                                           const std::string& again_prompt) {
    std::string secret = read_secret(env_name, prompt);
    if (!secret_in_environment(env_name) && read_secret(env_name, again_prompt) != secret)
        return std::nullopt;
    return secret;
}

bool secret_in_environment(const char* env_name) {
    return platform::environment(env_name) || std::getenv(env_name);
}

std::string secret_option(const std::string& value, const char* env_name,
                          const std::string& prompt) {
    return value == "-" ? read_secret(env_name, prompt) : value;
}

}  // namespace td::cli
