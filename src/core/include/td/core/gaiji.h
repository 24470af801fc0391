#pragma once
// Characters the font cannot print (外字): never dropped silently. Each is replaced by its
// registered substitute (e.g. 𠮷 → 吉) and the substitution is reported; a character with no
// substitute refuses the document, naming the character and the field.
#include <string>
#include <vector>

#include "td/core/document_model.h"
#include "td/core/outcome.h"

namespace td::core {

struct Substitution {
    std::string field;  // e.g. "company", or "procedures.company" for a table cell
    std::string original;
    std::string substitute;
};

// Rewrites `documents` in place; on refusal nothing is rewritten.
Outcome<std::vector<Substitution>> substitute_unprintable(std::vector<DocumentModel>& documents,
                                                          const DocumentRenderer& renderer);

// "U+20BB7"
std::string code_point_label(char32_t cp);

// "company: 𠮷 → 吉; …" for an audit event's detail.
std::string describe_substitutions(const std::vector<Substitution>& subs);

}  // namespace td::core
