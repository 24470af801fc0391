#pragma once

namespace td::app {

// Registers the XRC handlers and the layouts compiled in from forms/ (once per process).
void load_forms();

}  // namespace td::app
