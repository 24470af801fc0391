#pragma once
// Administrative changes in words: what kind, and that one waits for a second administrator.
#include <wx/string.h>

#include "td/core/entities.h"

namespace td::app {

wxString admin_change_kind_words(core::AdminChangeKind kind);
// The change's summary ("to=002", "lock_threshold=7") in the UI language.
wxString summary_words(const core::AdminChange& change);
// What it changes ("staff:sato" -> "Staff sato", a rule by its meaning).
wxString target_words(const core::AdminChange& change);
// "Awaiting another administrator's approval (change 12, by admin2)".
wxString pending_words(const core::AdminChange& change);
// The line every administrator's page shows: whether changes need a second administrator.
wxString dual_control_words(bool dual_control);

}  // namespace td::app
