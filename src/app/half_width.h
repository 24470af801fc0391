#pragma once
// Full-width digits (０-９) become half-width when a digits field is left: never while typing,
// so an IME's composition is never touched. Anything else is left for core to judge.
#include <wx/textctrl.h>

namespace td::app {

wxString half_width_digits(const wxString& text);
// Converts `field` on each focus loss.
void convert_digits_on_leave(wxTextCtrl* field);

}  // namespace td::app
