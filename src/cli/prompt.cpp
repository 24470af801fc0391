#include "prompt.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace td::cli {

std::string read_secret(const char* env_name, const std::string& prompt) {
    if (const char* v = std::getenv(env_name)) return v;
    std::string line;
    if (!isatty(STDIN_FILENO)) {
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    std::cerr << prompt << std::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
    return line;
}

std::string secret_option(const std::string& value, const char* env_name,
                          const std::string& prompt) {
    return value == "-" ? read_secret(env_name, prompt) : value;
}

}  // namespace td::cli
