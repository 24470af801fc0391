#include "document_output.h"

#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <filesystem>
#include <fstream>

#include "i18n.h"
#include "wx_text.h"

namespace td::app {
namespace {

struct Printed {
    std::optional<core::Refusal> refused;
    std::string path;
};

}  // namespace

void print_document(wxWindow* owner, Session& session, MakeDocument make,
                    const std::string& file_stem,
                    std::function<void(const std::string& path)> saved) {
    const std::string dir = (std::filesystem::temp_directory_path() / "tokendesk").string();
    session.runner.run<Printed>(
        owner,
        [desk = &session.desk, make = std::move(make), dir, file_stem] {
            core::DocumentService documents(desk->context(), desk->renderer());
            auto doc = make(documents);
            if (!doc) return Printed{doc.refusal(), {}};
            std::filesystem::create_directories(dir);
            const std::string path = dir + "/" + file_stem + ".pdf";
            std::ofstream out(path, std::ios::binary);
            out.write(reinterpret_cast<const char*>(doc.value().pdf.data()),
                      static_cast<std::streamsize>(doc.value().pdf.size()));
            if (!out) throw core::Fault("cannot write " + path);
            return Printed{std::nullopt, path};
        },
        [owner, saved = std::move(saved)](Printed& p) {
            if (p.refused) {
                wxMessageBox(refusal_text(*p.refused), _("Print"), wxOK | wxICON_WARNING, owner);
                return;
            }
            if (saved)
                saved(p.path);
            else
                wxLaunchDefaultApplication(from_utf8(p.path));
        });
}

}  // namespace td::app
