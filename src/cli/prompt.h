#pragma once
#include <optional>
#include <string>

namespace td::cli {

// A secret from the environment variable `env_name`, else asked on the terminal without echo,
// else (standard input is not a terminal) read as one line from standard input.
std::string read_secret(const char* env_name, const std::string& prompt);

// A new secret: from the environment variable, else typed twice; nullopt when the two typings
// differ.
std::optional<std::string> read_new_secret(const char* env_name, const std::string& prompt,
                                           const std::string& again_prompt);

// Whether the environment variable `env_name` is set (read_secret then asks nobody).
bool secret_in_environment(const char* env_name);

// The value of a secret option as given, except that "-" keeps the secret off the command line
// (and out of the process list): it is then read as read_secret reads it.
std::string secret_option(const std::string& value, const char* env_name,
                          const std::string& prompt);

}  // namespace td::cli
