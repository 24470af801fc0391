#include "cli_env.h"

#include <cstdlib>

#include "prompt.h"
#include "td/core/staff_service.h"
#include "td/reports/pdf_renderer.h"
#include "td/store/open_store.h"

namespace td::cli {
namespace {

std::unique_ptr<core::Clock> make_clock() {
#ifdef TD_TEST_CLOCK
    // Test builds only: the tests pin "now". Release builds have no such door.
    if (const char* now = std::getenv("TOKENDESK_TEST_NOW")) {
        const auto t = core::parse_iso(now);
        if (!t) throw UsageError("TOKENDESK_TEST_NOW is not an ISO 8601 instant");
        return std::make_unique<core::ManualClock>(*t);
    }
#endif
    return std::make_unique<core::SystemClock>();
}

core::Language pick_language(const std::optional<std::string>& lang) {
    std::string l = lang ? *lang : "";
    if (l.empty())
        for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
            if (const char* v = std::getenv(var); v && *v) {
                l = v;
                break;
            }
    return l.rfind("ja", 0) == 0 ? core::Language::ja : core::Language::en;
}

std::string key_file_path(const GlobalOptions& g) {
    if (g.key_file) return *g.key_file;
    if (const char* v = std::getenv("TOKENDESK_KEY_FILE"); v && *v) return v;
    return crypto::KeyFile::default_path().string();
}

}  // namespace

CliEnv::CliEnv(const GlobalOptions& globals)
    : globals_(globals),
      url_(globals.db ? *globals.db
                      : (std::getenv("TOKENDESK_DB") ? std::getenv("TOKENDESK_DB")
                                                     : store::default_sqlite_url())),
      language_(pick_language(globals.lang)),
      clock_(make_clock()),
      crypto_(std::make_unique<crypto::CryptoSuite>(
          crypto::KeyFile::open_or_create(key_file_path(globals)))),
      store_(store::open_store(url_)) {}

core::Context CliEnv::context() {
    return core::Context{*store_, *clock_, crypto_->ports()};
}

core::Outcome<core::Actor> CliEnv::actor() {
    if (!globals_.as) return core::refuse("sign_in_required", "as");
    const std::string password =
        read_secret("TOKENDESK_PASSWORD", "Password for " + *globals_.as + ": ");
    return core::StaffService(context()).sign_in(*globals_.as, password);
}

core::DocumentRenderer& CliEnv::renderer() {
    if (!renderer_)
        renderer_ = std::make_unique<reports::PdfRenderer>(reports::PdfRenderer::default_config());
    return *renderer_;
}

core::Outcome<std::optional<core::Actor>> CliEnv::optional_actor() {
    if (!globals_.as) return std::optional<core::Actor>{};
    auto a = actor();
    if (!a) return a.refusal();
    return std::optional<core::Actor>{a.value()};
}

}  // namespace td::cli
