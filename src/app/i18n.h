#pragma once
// The desktop's language: its own labels through gettext catalogs (English is the source
// language), core's refusals through core::message_text in the same language.
#include <wx/string.h>

#include "td/core/messages.h"
#include "td/core/outcome.h"

namespace td::app {

// Japanese when the system's language is Japanese, English otherwise.
core::Language system_language();
// Installs the catalogs of `lang` for every label created from now on.
void set_ui_language(core::Language lang);
core::Language ui_language();

// A refusal or warning in the UI language.
wxString refusal_text(const core::Refusal& r);
wxString warning_words(const std::string& code);

}  // namespace td::app
