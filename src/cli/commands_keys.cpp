// key status / key rotate (an administrator, signed in) and key backup / key restore (no
// session: whoever may read the key file may copy it, and a restore is how a lost key file
// comes back before anything can be opened).
#include <cstdlib>
#include <iostream>

#include "commands.h"
#include "prompt.h"
#include "td/core/validation.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/key_rotation.h"
#include "td/runtime/settings_file.h"
#include "td/store/open_store.h"

namespace td::cli {
namespace {

constexpr std::size_t kMinPassphrase = 12;
constexpr const char* kPassphraseVariable = "TOKENDESK_KEY_PASSPHRASE";

const char* kind_key(core::SealedKind kind) {
    return kind == core::SealedKind::token_seed ? "token_seeds" : "device_seeds";
}

Json by_key_json(const std::map<int, std::int64_t>& counts) {
    Json out = Json::object();
    for (const auto& [key, n] : counts) out[std::to_string(key)] = n;
    return out;
}

Json checks_json(const std::vector<core::KeyCheck>& checks) {
    Json out = Json::array();
    for (const auto& c : checks)
        out.push_back({{"key", c.key_id}, {"check", c.check_value.substr(0, 8)}});
    return out;
}

std::string key_file(const GlobalOptions& globals) {
    return runtime::key_file_path(globals.key_file, runtime::load_settings());
}

}  // namespace

std::vector<Command> key_commands() {
    std::vector<Command> c;
    c.push_back({{{"key", "status"},
                  "",
                  {},
                  {},
                  {},
                  "the key file's keys, the database's, and how many seeds each key sealed "
                  "(admin)"},
                 [](CliEnv& env, Output& out, const Arguments&) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto status = core::KeyRingService(env.context()).status(actor.value());
                     if (!status) return out.refused(status.refusal());
                     const auto ring = crypto::KeyFile::open(env.runtime().key_file());
                     Json sealed = Json::object();
                     for (const auto& count : status.value().sealed)
                         sealed[kind_key(count.kind)] = by_key_json(count.by_key);
                     return out.done({{"key_file", platform::utf8_of(ring.path())},
                                      {"key_file_keys", checks_json(ring.checks())},
                                      {"database_keys", checks_json(status.value().recorded)},
                                      {"current_key", status.value().current},
                                      {"sealed", sealed},
                                      {"behind", status.value().behind}});
                 }});
    c.push_back(
        {{{"key", "rotate"},
          "",
          {"batch-size"},
          {},
          {},
          "add a new key to the key file, hand the audit chains over to it and seal every seed "
          "again under it, a batch per transaction; run again after an interruption, it "
          "finishes (admin)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             const auto batch = positive_id(a.value("batch-size", "200"));
             if (!batch || *batch > 10000)
                 return out.refused(
                     core::refuse("digits_length", "batch-size").with("min", "1").with("max", "5"));
             core::ResealWatch watch;
             // Progress for the person at the console; standard output stays one JSON object.
             watch.batch_done = [](const core::ResealProgress& p) {
                 std::cerr << "key rotate: batch " << p.batch << " (" << kind_key(p.kind)
                           << "): " << p.resealed << " sealed again so far\n";
             };
             if (const auto die = runtime::test_die_in_batch())
                 watch.before_commit = [die](int n) {
                     if (n == *die) std::_Exit(kFault);
                 };
             auto done = runtime::rotate_key(env.runtime(), actor.value(),
                                             static_cast<std::size_t>(*batch), watch);
             if (!done) return out.refused(done.refusal());
             const auto& r = done.value();
             return out.done({{"key", r.key},
                              {"new_key", r.new_key},
                              {"resumed", r.resumed},
                              {"chains_handed_over", r.chains_handed_over},
                              {"resealed", r.resealed.resealed},
                              {"left_for_next_run", r.resealed.skipped},
                              {"batches", r.resealed.batch},
                              {"key_file", platform::utf8_of(env.runtime().key_file())}},
                             {"copy the key file to every computer that opens this database "
                              "now, and make a new key backup (key backup)"});
         }});
    return c;
}

std::vector<OfflineCommand> key_file_commands() {
    std::vector<OfflineCommand> c;
    c.push_back({{{"key", "backup"},
                  "",
                  {"out"},
                  {},
                  {"out"},
                  "write the key file's keys to a new file sealed under a passphrase "
                  "(TOKENDESK_KEY_PASSPHRASE, or typed twice); keep it apart from the "
                  "database's backups"},
                 [](const GlobalOptions& globals, Output& out, const Arguments& a) {
                     if (globals.as) return out.usage("key backup signs no one in");
                     const auto typed =
                         read_new_secret(kPassphraseVariable, "Passphrase for the key backup: ",
                                         "The same passphrase again: ");
                     if (!typed)
                         return out.refused(core::refuse("passphrase_mismatch", "passphrase"));
                     const std::string& passphrase = *typed;
                     if (core::count_code_points(passphrase) < kMinPassphrase)
                         return out.refused(core::refuse("passphrase_too_short", "passphrase")
                                                .with("min", std::to_string(kMinPassphrase)));
                     const std::string key = key_file(globals);
                     runtime::back_up_key(platform::path_from_utf8(key),
                                          platform::path_from_utf8(a.value("out")), passphrase);
                     const auto ring = crypto::KeyFile::open(platform::path_from_utf8(key));
                     return out.done({{"key_file", key},
                                      {"file", a.value("out")},
                                      {"keys", checks_json(ring.checks())}});
                 }});
    c.push_back({{{"key", "restore"},
                  "FILE",
                  {},
                  {},
                  {},
                  "bring the keys of a key backup back to the configured key file, after "
                  "checking them against the database (passphrase: TOKENDESK_KEY_PASSPHRASE or "
                  "typed)"},
                 [](const GlobalOptions& globals, Output& out, const Arguments& a) {
                     if (globals.as) return out.usage("key restore signs no one in");
                     const auto settings = runtime::load_settings();
                     const std::string url = runtime::database_url(globals.db, settings);
                     const std::string key = key_file(globals);
                     const std::string passphrase =
                         read_secret(kPassphraseVariable, "Passphrase of the key backup: ");
                     auto done = runtime::restore_key(url, platform::path_from_utf8(key),
                                                      platform::path_from_utf8(a.positional(0)),
                                                      passphrase);
                     if (!done) return out.refused(done.refusal());
                     Json keys = Json::array();
                     for (const int k : done.value().keys) keys.push_back(k);
                     return out.done({{"key_file", key},
                                      {"keys", keys},
                                      {"database", store::database_label(url)},
                                      {"database_checked", done.value().database_checked},
                                      {"replaced_file", done.value().replaced_file}});
                 }});
    return c;
}

}  // namespace td::cli
