#pragma once
// Administrative changes in words: what kind, and that one waits for a second administrator.
#include <wx/string.h>

#include "td/core/entities.h"

namespace td::app {

wxString admin_change_kind_words(core::AdminChangeKind kind);
// "Waiting for another administrator's approval (change 12, entered by admin2)".
wxString pending_words(const core::AdminChange& change);
// The line every administrator's page shows: whether changes need a second administrator.
wxString dual_control_words(bool dual_control);

}  // namespace td::app
