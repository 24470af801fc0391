#pragma once
// What the windows of a signed-in desktop share: the opened desk, the one task runner, and the
// member of staff now at the keyboard (another may take over at the screen lock).
#include "desk.h"
#include "task_runner.h"
#include "td/core/context.h"
#include "wx_text.h"

namespace td::app {

struct Session {
    Desk& desk;
    TaskRunner& runner;
    core::Actor actor;
    wxString staff_name;  // for the header; the staff ID when the name is unknown
};

inline wxString staff_display_name(const core::Actor& actor) {
    return from_utf8(actor.staff_name.empty() ? actor.staff_id : actor.staff_name);
}

}  // namespace td::app
