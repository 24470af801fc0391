#pragma once
// Sending a finished PDF to a named printer. It waits until the print system took the
// document or refused it, so run it off the UI thread.
#include <filesystem>
#include <string>
#include <vector>

namespace td::platform {

struct PrintOutcome {
    bool accepted = false;
    std::string said;  // what the print system answered (a job ID, or why it refused), UTF-8
};

// Debian: CUPS, `lp -d PRINTER -- FILE`. Windows: the PDF viewer's "printto" verb
// (ShellExecuteEx), which only a viewer that registers it offers (Adobe Acrobat Reader,
// SumatraPDF); without one the outcome says so.
PrintOutcome print_pdf(const std::filesystem::path& pdf, const std::string& printer);

// The printers this computer knows, by the names print_pdf takes (Debian: CUPS destinations
// from `lpstat -e`; Windows: the installed printers). Empty when there are none or no print
// system; may take a moment.
std::vector<std::string> installed_printers();

}  // namespace td::platform
