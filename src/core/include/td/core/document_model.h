#pragma once
// A printed document as data: which template, in which language, and the values it shows.
// Core fills it (wording rules such as 様/御中 and 和暦 dates are core's); the reports adapter
// lays it out from the template files under reports/.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "td/core/messages.h"
#include "td/core/time.h"

namespace td::core {

// Template names (files reports/templates/NAME.json).
inline constexpr const char* kCompletionNotice = "completion_notice";
inline constexpr const char* kActivationLetter = "activation_letter";
inline constexpr const char* kFormTokenApplication = "form_token_application";
inline constexpr const char* kFormUnlock = "form_unlock";
inline constexpr const char* kFormRevoke = "form_revoke";
inline constexpr const char* kFormMisuseReport = "form_misuse_report";
inline constexpr const char* kBranchJournal = "journal";
inline constexpr const char* kMonthlyReport = "monthly_report";

using DocumentRow = std::map<std::string, std::string>;

struct DocumentModel {
    std::string template_name;
    Language language = Language::ja;
    // Named values the template places, e.g. "company", "date", "token_user_id".
    std::map<std::string, std::string> fields;
    // Named tables, e.g. the journal's "procedures" and "chain_heads".
    std::map<std::string, std::vector<DocumentRow>> tables;
};

struct PdfMetadata {
    std::string title;
    std::string subject;
    TimePoint created{};
};

// Called during long renders; returning false asks the renderer to stop (it then throws Fault).
using RenderProgress = std::function<bool(std::size_t done, std::size_t total)>;

class DocumentRenderer {
  public:
    virtual ~DocumentRenderer() = default;
    // Whether the configured font has a glyph for the code point and the PDF library can
    // address it (libharu 2.3 cannot address code points above U+FFFF).
    virtual bool can_print(char32_t code_point) const = 0;
    // The registered substitute for an unprintable character (reports/gaiji.tsv), if any.
    virtual std::optional<std::string> registered_substitute(char32_t code_point) const = 0;
    // One PDF holding every document, each starting on a new page. Throws Fault on a
    // template or font problem (the message names the template and the field).
    virtual std::vector<std::uint8_t> render(const std::vector<DocumentModel>& documents,
                                             const PdfMetadata& metadata,
                                             const RenderProgress& progress = {}) = 0;
};

}  // namespace td::core
