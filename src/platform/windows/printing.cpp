// Windows implementation of td/platform/printing.h: the PDF viewer's "printto" verb.
#include "td/platform/printing.h"

#include <windows.h>
// After windows.h.
#include <shellapi.h>
#include <winspool.h>

#include "wide.h"

namespace td::platform {

PrintOutcome print_pdf(const std::filesystem::path& pdf, const std::string& printer) {
    const std::wstring parameters = L"\"" + windows::to_wide(printer) + L"\"";
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_FLAG_NO_UI | SEE_MASK_NOASYNC;
    info.lpVerb = L"printto";
    info.lpFile = pdf.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_HIDE;
    if (!ShellExecuteExW(&info)) {
        const DWORD err = GetLastError();
        if (err == ERROR_NO_ASSOCIATION || err == ERROR_FILE_NOT_FOUND)
            return {false,
                    "no PDF viewer on this PC can print to a chosen printer (the printto "
                    "verb): install one that does, such as Adobe Acrobat Reader, or leave "
                    "the printer unset so documents open in the viewer"};
        return {false, windows::error_text(err)};
    }
    // The viewer prints in the background and may stay open; it has the document now.
    if (info.hProcess) CloseHandle(info.hProcess);
    return {true, {}};
}

std::vector<std::string> installed_printers() {
    DWORD needed = 0, count = 0;
    const DWORD flags = PRINTER_ENUM_LOCAL | PRINTER_ENUM_CONNECTIONS;
    EnumPrintersW(flags, nullptr, 4, nullptr, 0, &needed, &count);
    std::vector<std::string> names;
    if (needed == 0) return names;
    std::vector<unsigned char> buffer(needed);
    if (!EnumPrintersW(flags, nullptr, 4, buffer.data(), needed, &needed, &count)) return names;
    const auto* printers = reinterpret_cast<const PRINTER_INFO_4W*>(buffer.data());
    for (DWORD i = 0; i < count; ++i) names.push_back(windows::to_utf8(printers[i].pPrinterName));
    return names;
}

}  // namespace td::platform
