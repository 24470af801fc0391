// Where the font and the templates are found by default.
#include <cstdlib>
#include <system_error>

#include "td/reports/pdf_renderer.h"

namespace td::reports {
namespace {

constexpr const char* kDefaultFont = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";

std::filesystem::path from_env(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::filesystem::path(v) : std::filesystem::path();
}

}  // namespace

RendererConfig PdfRenderer::default_config() {
    RendererConfig config;
    config.font_file = from_env("TOKENDESK_FONT");
    if (config.font_file.empty()) config.font_file = kDefaultFont;
    config.reports_dir = from_env("TOKENDESK_REPORTS_DIR");
    if (config.reports_dir.empty()) {
        std::error_code ec;
        // A build tree reads the source tree's templates, so edits show without installing.
        config.reports_dir = std::filesystem::is_directory(TD_REPORTS_DIR, ec)
                                 ? std::filesystem::path(TD_REPORTS_DIR)
                                 : std::filesystem::path(TD_REPORTS_INSTALL_DIR);
    }
    return config;
}

}  // namespace td::reports
