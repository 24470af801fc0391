// Printing: each command asks core for the document, which core publishes at --out through the
// file sink and records only then.
#include <charconv>
#include <filesystem>
#include <functional>
#include <iostream>

#include "commands.h"
#include "td/core/document_service.h"
#include "td/platform/file_document_sink.h"

namespace td::cli {
namespace {

int printed(Output& out, const std::string& path, const core::Outcome<core::PrintedDocument>& r) {
    if (!r) return out.refused(r.refusal());
    const auto& doc = r.value();
    Json subs = Json::array();
    for (const auto& s : doc.substitutions)
        subs.push_back(
            {{"field", s.field}, {"original", s.original}, {"substitute", s.substitute}});
    // A batch leaves out what it cannot print; each is named so it can be corrected.
    Json skipped = Json::array();
    for (const auto& s : doc.skipped)
        skipped.push_back({{"application_id", s.application_id},
                           {"reference", s.reference},
                           {"code", s.refusal.code},
                           {"field", s.refusal.field},
                           {"code_point", s.refusal.arg("code_point")},
                           {"message", core::message_text(s.refusal, out.language())}});
    return out.done({{"file", path},
                     {"bytes", doc.bytes},
                     {"documents", doc.documents},
                     {"print_count", doc.print_count},
                     {"substitutions", subs},
                     {"skipped", skipped}});
}

using PrintCall = std::function<core::Outcome<core::PrintedDocument>(
    core::DocumentService&, const core::Actor&, core::Language)>;

// Signs in, reads --language, prints with `call` and writes --out.
int print_with(CliEnv& env, Output& out, const Arguments& a, const PrintCall& call) {
    auto actor = env.actor();
    if (!actor) return out.refused(actor.refusal());
    auto lang = document_language(a);
    if (!lang) return out.refused(lang.refusal());
    const std::string path = a.value("out");
    // Core publishes the file through the sink (temporary file beside it, flushed, renamed)
    // before it records the print: a print that fails to write is not recorded.
    platform::FileDocumentSink sink(path);
    core::DocumentService service(env.context(), env.renderer(), sink);
    return printed(out, path, call(service, actor.value(), lang.value()));
}

using AppDocument = core::Outcome<core::PrintedDocument> (core::DocumentService::*)(
    const core::Actor&, std::int64_t, core::Language);

int application_document(CliEnv& env, Output& out, const Arguments& a, AppDocument which) {
    const auto id = positive_id(a.positional(0));
    if (!id) return out.refused(core::refuse("unknown_application", "application_id"));
    return print_with(env, out, a,
                      [&](core::DocumentService& s, const core::Actor& who, core::Language lang) {
                          return (s.*which)(who, *id, lang);
                      });
}

}  // namespace

core::Outcome<core::Language> document_language(const Arguments& a) {
    const std::string lang = a.value("language", "ja");
    if (lang == "ja") return core::Language::ja;
    if (lang == "en") return core::Language::en;
    return core::refuse("invalid_choice", "language").with("choices", "ja|en");
}

std::vector<Command> document_commands() {
    std::vector<Command> c;

    c.push_back({{{"notice"},
                  "APP_ID",
                  {"out", "language"},
                  {},
                  {"out"},
                  "print the completion notice of an approved application"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return application_document(env, out, a,
                                                 &core::DocumentService::completion_notice);
                 }});

    c.push_back({{{"activation-letter"},
                  "APP_ID",
                  {"out", "language"},
                  {},
                  {"out"},
                  "print the initial-setup letter of an issued software token"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return application_document(env, out, a,
                                                 &core::DocumentService::activation_letter);
                 }});

    c.push_back({{{"form"},
                  "TYPE [LOGIN_ID]",
                  {"out", "language"},
                  {"blank"},
                  {"out"},
                  "print a written form (token-application|unlock|revoke|misuse-report), "
                  "pre-filled or --blank"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     const bool blank = a.flag("blank");
                     if (blank == (a.positionals.size() == 2))
                         throw UsageError(
                             "give a LOGIN_ID or --blank: tokendesk-cli form TYPE (LOGIN_ID | "
                             "--blank) --out FILE");
                     const std::string login = blank ? std::string{} : a.positional(1);
                     return print_with(env, out, a,
                                       [&](auto& s, const core::Actor& who, core::Language lang) {
                                           return s.written_form(who, a.positional(0), login, lang);
                                       });
                 }});

    c.push_back({{{"journal"},
                  "",
                  {"branch", "date", "out", "language"},
                  {},
                  {"branch", "date", "out"},
                  "print the branch journal of a day, ending with the audit chain heads"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     return print_with(
                         env, out, a, [&](auto& s, const core::Actor& who, core::Language lang) {
                             return s.journal(who, a.value("branch"), a.value("date"), lang);
                         });
                 }});

    c.push_back({{{"notices"},
                  "",
                  {"out", "language"},
                  {"pending"},
                  {"out"},
                  "print every completion notice not yet printed into one file, a page each"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     if (!a.flag("pending"))
                         throw UsageError("tokendesk-cli notices --pending --out FILE");
                     // Progress goes to stderr so that --json keeps stdout to one object.
                     auto progress = [](std::size_t done, std::size_t total) {
                         std::cerr << "\rprinting " << done << " / " << total << std::flush;
                         if (done == total) std::cerr << "\n";
                         return true;
                     };
                     return print_with(env, out, a,
                                       [&](auto& s, const core::Actor& who, core::Language lang) {
                                           return s.pending_notices(who, lang, progress);
                                       });
                 }});
    return c;
}

}  // namespace td::cli
