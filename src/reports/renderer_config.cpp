// Where the font and the templates are found by default.
#include <system_error>

#include "td/platform/places.h"
#include "td/platform/utf8_path.h"
#include "td/reports/pdf_renderer.h"

namespace td::reports {
namespace {

std::filesystem::path from_env(const char* name) {
    const auto v = platform::environment(name);
    return v ? platform::path_from_utf8(*v) : std::filesystem::path();
}

}  // namespace

RendererConfig PdfRenderer::default_config() {
    RendererConfig config;
    config.font_file = from_env("TOKENDESK_FONT");
    if (config.font_file.empty()) config.font_file = platform::installed(platform::Installed::font);
    config.reports_dir = from_env("TOKENDESK_REPORTS_DIR");
    if (config.reports_dir.empty()) {
        std::error_code ec;
        // A build tree reads the source tree's templates, so edits show without installing.
        config.reports_dir = std::filesystem::is_directory(TD_REPORTS_DIR, ec)
                                 ? platform::path_from_utf8(TD_REPORTS_DIR)
                                 : platform::installed(platform::Installed::reports);
    }
    return config;
}

}  // namespace td::reports
