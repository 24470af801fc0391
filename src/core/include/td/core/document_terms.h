#pragma once
// The customer manual's words for procedures, user kinds, reasons and states, in ja and en,
// as printed on letters and the journal.
#include <string>

#include "td/core/entities.h"
#include "td/core/messages.h"

namespace td::core {

// The Japanese or the English wording, as `lang` asks.
std::string pick(Language lang, const char* ja, const char* en);

std::string procedure_name(ApplicationKind kind, Language lang);
std::string user_kind_name(UserKind kind, Language lang);
std::string revoke_reason_name(RevokeReason reason, Language lang);
std::string application_state_name(ApplicationState state, Language lang);

}  // namespace td::core
