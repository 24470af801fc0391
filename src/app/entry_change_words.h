#pragma once
// "What changed since entry" (UI.md, approval) in words, one line per change.
#include <wx/string.h>

#include "td/core/application_review.h"

namespace td::app {

wxString entry_change_words(const core::EntryChangeItem& change);

}  // namespace td::app
