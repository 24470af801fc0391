// The desktop's entry point; everything else lives in td_app so the GUI tests build it too.
#include "desk_app.h"

wxIMPLEMENT_APP(td::app::DeskApp);
