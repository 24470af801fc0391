#pragma once
// The command line's console: reading a secret without showing it, and text in UTF-8 both ways.
#include <string>
#include <vector>

namespace td::platform {

// Makes the console read and write UTF-8 (Windows consoles default to the OEM code page;
// Debian's terminals already do). Call once at the start of main.
void use_utf8_console();

// The program's arguments after its name, in UTF-8 (on Windows from the UTF-16 command line, so
// a company name typed in Japanese arrives whole whatever the PC's code page).
std::vector<std::string> arguments(int argc, char** argv);

// One line from standard input without the line end. On a terminal it is not echoed and
// `prompt` is shown on standard error first; from a pipe or file it is read as it comes.
std::string read_secret_line(const std::string& prompt);

}  // namespace td::platform
