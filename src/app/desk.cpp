#include "desk.h"

#include "td/reports/pdf_renderer.h"
#include "td/store/open_store.h"

namespace td::app {

Desk::Desk(std::string database_url, const std::filesystem::path& key_file,
           std::unique_ptr<core::Clock> clock, bool fast_password_hashing)
    : url_(std::move(database_url)),
      clock_(std::move(clock)),
      crypto_(std::make_unique<crypto::CryptoSuite>(crypto::KeyFile::open_or_create(key_file),
                                                    fast_password_hashing)),
      store_(store::open_store(url_)) {}

Desk::~Desk() = default;

core::Context Desk::context() {
    return core::Context{*store_, *clock_, crypto_->ports()};
}

core::DocumentRenderer& Desk::renderer() {
    if (!renderer_)
        renderer_ = std::make_unique<reports::PdfRenderer>(reports::PdfRenderer::default_config());
    return *renderer_;
}

}  // namespace td::app
