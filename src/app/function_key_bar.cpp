#include "function_key_bar.h"

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/sizer.h>

namespace td::app {

FunctionKeyBar::FunctionKeyBar(wxWindow* parent, const std::vector<FunctionKey>& keys)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "function_key_bar") {
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    for (const auto& k : keys) {
        const int n = k.key_code - WXK_F1 + 1;
        auto* b = new wxButton(this, k.command_id, wxString::Format("F%d ", n) + k.label);
        // Clicking must not pull focus from the field being worked on.
        b->SetCanFocus(false);
        sizer->Add(b, 1, wxALL, 2);
    }
    SetSizer(sizer);
}

void FunctionKeyBar::show_key(int command_id, bool shown) {
    if (wxWindow* b = FindWindow(command_id)) {
        b->Show(shown);
        Layout();
    }
}

wxAcceleratorTable FunctionKeyBar::accelerators(const std::vector<FunctionKey>& keys) {
    std::vector<wxAcceleratorEntry> entries;
    for (const auto& k : keys) entries.emplace_back(wxACCEL_NORMAL, k.key_code, k.command_id);
    return wxAcceleratorTable(static_cast<int>(entries.size()), entries.data());
}

}  // namespace td::app
