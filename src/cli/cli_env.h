#pragma once
// Everything a command needs, opened once: the database, the clock, the key file and crypto,
// and the signed-in member of staff.
#include <memory>
#include <optional>

#include "arguments.h"
#include "td/core/context.h"
#include "td/core/document_model.h"
#include "td/core/messages.h"
#include "td/core/outcome.h"
#include "td/runtime/runtime.h"

namespace td::cli {

// --lang, else the locale's (LC_ALL, LC_MESSAGES, LANG): Japanese for ja*, else English.
core::Language cli_language(const GlobalOptions& globals);

class CliEnv {
  public:
    CliEnv(const GlobalOptions& globals, runtime::Opening opening);

    core::Context context();
    const std::string& database_url() const { return runtime_.database_url(); }
    core::Language language() const { return language_; }
    bool json() const { return globals_.json; }
    const GlobalOptions& globals() const { return globals_; }

    // The staff named by --as, signed in with TOKENDESK_PASSWORD or a prompt.
    core::Outcome<core::Actor> actor();
    // The same when --as is given; nullopt otherwise (set-up on an empty database).
    core::Outcome<std::optional<core::Actor>> optional_actor();
    // What the program opened: key rotation changes its crypto ports.
    runtime::Runtime& runtime() { return runtime_; }
    // The PDF renderer, loaded on first use (font and templates take a moment to load).
    core::DocumentRenderer& renderer();

  private:
    core::Outcome<core::Actor> sign_in();

    GlobalOptions globals_;
    std::optional<core::Outcome<core::Actor>> signed_in_;
    core::Language language_;
    runtime::Settings settings_;  // tokendesk.conf, read before the runtime opens
    std::string url_;
    runtime::Runtime runtime_;
};

}  // namespace td::cli
