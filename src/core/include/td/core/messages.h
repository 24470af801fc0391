#pragma once
// Sentences for refusal and warning codes, Japanese and English. The desktop uses gettext for
// its own labels; these are the texts every client shows for core's outcomes.
#include <string>

#include "td/core/outcome.h"

namespace td::core {

enum class Language { ja, en };

// "{name}" placeholders are filled from the refusal's args; "{field}" from its field label.
std::string message_text(const Refusal& r, Language lang);
std::string warning_text(const std::string& code, Language lang);
std::string field_label(const std::string& field, Language lang);

}  // namespace td::core
