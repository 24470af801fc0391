#pragma once
// Lists worked from the keyboard (the manual: the mouse is never needed).
#include <wx/listctrl.h>

namespace td::app {

// After a list is filled: its first row becomes the current, selected one — the row Enter opens
// and the arrow keys move from — as a click would make it. Without it the list takes the
// keyboard (Tab reaches it) but the arrows have no row to start from, and wx opens only a row
// that is selected as well as current on Enter.
inline void make_first_row_current(wxListCtrl* list) {
    if (list->GetItemCount() > 0 &&
        list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_FOCUSED) < 0)
        list->SetItemState(0, wxLIST_STATE_FOCUSED | wxLIST_STATE_SELECTED,
                           wxLIST_STATE_FOCUSED | wxLIST_STATE_SELECTED);
}

}  // namespace td::app
