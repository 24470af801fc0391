#pragma once
// What the desktop opens once at start-up, like the CLI's environment: the database, the key
// file and its crypto suite, the clock, and the PDF renderer on first use. Only the task
// runner's worker uses these after start-up (one thread at a time).
#include <filesystem>
#include <memory>
#include <string>

#include "td/core/clock.h"
#include "td/core/context.h"
#include "td/core/document_model.h"
#include "td/crypto/crypto_suite.h"

namespace td::app {

class Desk {
  public:
    // Throws core::Fault when the database or the key file cannot be opened.
    // `fast_password_hashing` is for tests only (see crypto::CryptoSuite).
    Desk(std::string database_url, const std::filesystem::path& key_file,
         std::unique_ptr<core::Clock> clock, bool fast_password_hashing = false);
    ~Desk();

    core::Context context();
    const core::Clock& clock() const { return *clock_; }
    const std::string& database_url() const { return url_; }
    // Loaded on first use: the font and templates take a moment.
    core::DocumentRenderer& renderer();

  private:
    std::string url_;
    std::unique_ptr<core::Clock> clock_;
    std::unique_ptr<crypto::CryptoSuite> crypto_;
    std::unique_ptr<core::Store> store_;
    std::unique_ptr<core::DocumentRenderer> renderer_;
};

}  // namespace td::app
