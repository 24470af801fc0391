#pragma once
// The row of function-key buttons along the bottom ("F2 検索" …). Each button sends the same
// command as its key, so a teller can use either; the frame binds the keys (accelerators).
#include <wx/panel.h>

#include <vector>

namespace td::app {

struct FunctionKey {
    int key_code;  // WXK_F1 …; F10 only on a frame without a menu bar: GTK opens one with it
    int command_id;
    wxString label;  // shown after the key name, e.g. "Search"
};

class FunctionKeyBar : public wxPanel {
  public:
    FunctionKeyBar(wxWindow* parent, const std::vector<FunctionKey>& keys);
    // Shows or hides a key's button (e.g. F9 follows the role of whoever is signed in).
    void show_key(int command_id, bool shown);
    // The accelerators for the frame: the same keys, the same commands.
    static wxAcceleratorTable accelerators(const std::vector<FunctionKey>& keys);
};

}  // namespace td::app
