#pragma once
// A page's line for core's refusals: red, and taking no room while there is nothing to say.
#include <wx/stattext.h>

namespace td::app {

class MessageLine : public wxStaticText {
  public:
    explicit MessageLine(wxWindow* parent) : wxStaticText(parent, wxID_ANY, {}) {
        SetForegroundColour(wxColour(0xc0, 0x1c, 0x1c));
        Hide();
    }
    void set(const wxString& text) {
        SetLabel(text);
        Show(!text.empty());
        GetParent()->Layout();
    }
};

}  // namespace td::app
