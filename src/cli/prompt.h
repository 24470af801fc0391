#pragma once
#include <optional>
#include <string>

namespace td::cli {

// A secret from the environment variable `env_name`, else asked on the terminal without echo,
// else (standard input is not a terminal) read as one line from standard input.
std::string read_secret(const char* env_name, const std::string& prompt);

}  // namespace td::cli
