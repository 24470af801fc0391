#include "half_width.h"

namespace td::app {

wxString half_width_digits(const wxString& text) {
    wxString out;
    for (wxUniChar c : text) {
        const auto v = c.GetValue();
        out << (v >= 0xFF10 && v <= 0xFF19 ? wxUniChar(static_cast<char>('0' + (v - 0xFF10))) : c);
    }
    return out;
}

void convert_digits_on_leave(wxTextCtrl* field) {
    field->Bind(wxEVT_KILL_FOCUS, [field](wxFocusEvent& e) {
        const wxString converted = half_width_digits(field->GetValue());
        if (converted != field->GetValue()) field->ChangeValue(converted);
        e.Skip();
    });
}

}  // namespace td::app
