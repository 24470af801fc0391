// CUPS implementation of td/platform/printing.h: `lp`, its answer read from a pipe.
#include "td/platform/printing.h"

#include <vector>

#include "td/platform/program.h"

namespace td::platform {

PrintOutcome print_pdf(const std::filesystem::path& pdf, const std::string& printer) {
    ProgramRun ran = run_program({"lp", "-d", printer, "--", pdf.string()});
    if (!ran.started)
        return {false,
                "the print command lp could not be started (is CUPS installed?): " + ran.why_not};
    std::string said = std::move(ran.output);
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    for (char& c : said)
        if (c == '\n') c = ' ';
    return {ran.exit_status == 0, said};
}

std::vector<std::string> installed_printers() {
    const ProgramRun ran = run_program({"lpstat", "-e"});
    std::vector<std::string> names;
    if (!ran.started || ran.exit_status != 0) return names;
    std::size_t start = 0;
    while (start < ran.output.size()) {
        auto end = ran.output.find('\n', start);
        if (end == std::string::npos) end = ran.output.size();
        std::string name = ran.output.substr(start, end - start);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.pop_back();
        if (!name.empty()) names.push_back(name);
        start = end + 1;
    }
    return names;
}

}  // namespace td::platform
