#include "td/runtime/runtime.h"

#include "key_messages.h"
#include "td/platform/places.h"
#include "td/platform/utf8_path.h"
#include "td/reports/pdf_renderer.h"
#include "td/store/open_store.h"

namespace td::runtime {
namespace {

std::optional<std::string> env(const char* name) {
    return platform::environment(name);
}

}  // namespace

std::string database_url(const std::optional<std::string>& flag, const Settings& settings) {
    if (flag) return *flag;
    if (auto v = env("TOKENDESK_DB")) return *v;
    if (settings.database) return *settings.database;
    return store::default_sqlite_url();
}

std::string key_file_path(const std::optional<std::string>& flag, const Settings& settings) {
    if (flag) return *flag;
    if (auto v = env("TOKENDESK_KEY_FILE")) return *v;
    if (settings.key_file) return *settings.key_file;
    return platform::utf8_of(crypto::KeyFile::default_path());
}

Runtime::Runtime(std::string database_url, const std::filesystem::path& key_file,
                 std::unique_ptr<core::Clock> clock, bool fast_password_hashing, Opening opening)
    : url_(std::move(database_url)), key_file_(key_file), clock_(std::move(clock)) {
    std::optional<crypto::KeyFile> key;
    store::OpenOptions options;
    options.opening =
        opening == Opening::create ? store::Opening::create : store::Opening::existing;
    // Asked once the store knows whether the database is new: only then may a key be made.
    options.key = [&](bool new_database) {
        key.emplace(new_database ? crypto::KeyFile::open_or_create(key_file_)
                                 : open_database_key(url_, key_file_));
        return key->checks();
    };
    try {
        store_ = store::open_store(url_, options);
    } catch (const store::KeyMismatch& e) {
        throw key_mismatch(url_, key_file_, e);
    }
    fast_password_hashing_ = fast_password_hashing;
    use_key(*key);
}

void Runtime::use_key(const crypto::KeyFile& ring, std::optional<int> current) {
    // The database's newest key seals and keys events; a newer one in the ring is a rotation
    // not yet handed over (tokendesk-cli key rotate finishes it), used only once it is.
    if (!current) {
        std::vector<core::KeyCheck> recorded;
        store_->read([&](core::Transaction& tx) { recorded = tx.keys().recorded(); });
        current = recorded.empty() ? ring.newest().id : recorded.back().key_id;
    }
    crypto_ = std::make_unique<crypto::CryptoSuite>(ring, fast_password_hashing_, *current);
}

Runtime::~Runtime() = default;

core::Context Runtime::context() {
    return core::Context{*store_, *clock_, crypto_->ports()};
}

core::DocumentRenderer& Runtime::renderer() {
    if (!renderer_)
        renderer_ = std::make_unique<reports::PdfRenderer>(reports::PdfRenderer::default_config());
    return *renderer_;
}

}  // namespace td::runtime
