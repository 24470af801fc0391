// The PDF tools (qpdf, poppler) run through the shell, as a reader of the PDF would run them;
// Debian only (the Windows build's reports tests skip the suites that need them).
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <array>
#include <stdexcept>

#include "pdf_tools.h"

namespace td::reports::testing {

ToolOutput run(const std::string& command) {
    ToolOutput result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) result.out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string quote(const std::filesystem::path& p) {
    std::string out = "'";
    for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string pdf_text(const std::filesystem::path& pdf) {
    // -q: poppler warns about libharu's ToUnicode CMap (harmless), which would mix into stdout.
    // -layout keeps each printed line together (without it, wide gaps split lines in two).
    return run("pdftotext -q -layout -enc UTF-8 " + quote(pdf) + " -").out;
}

}  // namespace td::reports::testing
