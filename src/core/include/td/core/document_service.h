#pragma once
// Printing: builds the documents, substitutes 外字, renders them, has the sink publish the PDF
// and only then records every print and reprint (count, who, when) with its audit event, in
// one transaction: a print is never recorded for a document that does not exist.
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/document_model.h"
#include "td/core/document_sink.h"
#include "td/core/gaiji.h"
#include "td/core/outcome.h"

namespace td::core {

// A record a batch left out because it cannot be printed: which one and why (the refusal
// names the field and the character), so that the rest are printed and it can be corrected.
struct SkippedDocument {
    std::int64_t application_id = 0;
    std::string reference;  // the application's reference number
    Refusal refusal;
};

struct PrintedDocument {
    std::size_t bytes = 0;  // the PDF's size, as published
    std::vector<Substitution> substitutions;
    std::int64_t print_count = 0;  // of this document for this target, this print included
    std::size_t documents = 0;     // pages' worth of documents in the file
    std::vector<SkippedDocument> skipped;  // a batch: records not printed (nor recorded)
};

// Form types as the CLI names them: token-application, unlock, revoke, misuse-report.
std::optional<std::string> form_template_for(const std::string& type);

class DocumentService {
  public:
    // Every document this service prints goes to `sink` (one service per destination).
    DocumentService(Context ctx, DocumentRenderer& renderer, DocumentSink& sink)
        : ctx_(ctx), renderer_(renderer), sink_(sink) {}

    // The completion notice of an approved application.
    Outcome<PrintedDocument> completion_notice(const Actor& actor, std::int64_t application_id,
                                               Language lang);
    // The activation letter of an approved software-token application.
    Outcome<PrintedDocument> activation_letter(const Actor& actor, std::int64_t application_id,
                                               Language lang);
    // A written form pre-filled for a user, or blank when `login_id` is empty.
    Outcome<PrintedDocument> written_form(const Actor& actor, const std::string& type,
                                          const std::string& login_id, Language lang);
    // The branch journal of a Japan-time day ("YYYY-MM-DD"), ending with the chain heads.
    Outcome<PrintedDocument> journal(const Actor& actor, const std::string& branch_code,
                                     const std::string& date, Language lang);
    // Every completion notice of the actor's branch not yet printed, a page each, in one file.
    // A notice that cannot be printed is left out, unrecorded, and named in `skipped`; when
    // none can be printed the batch is refused (`notices_unprintable`), naming them.
    // A batch stopped through `progress` publishes nothing and records nothing.
    Outcome<PrintedDocument> pending_notices(const Actor& actor, Language lang,
                                             const RenderProgress& progress = {});
    // What would be substituted on an application's notice (shown to the teller beforehand).
    Outcome<std::vector<Substitution>> preview_notice_substitutes(const Actor& actor,
                                                                  std::int64_t application_id,
                                                                  Language lang);

  private:
    Context ctx_;
    DocumentRenderer& renderer_;
    DocumentSink& sink_;
};

}  // namespace td::core
