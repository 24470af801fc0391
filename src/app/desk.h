#pragma once
// The desktop's name for the shared start-up runtime (src/runtime), used by every window.
#include "td/runtime/runtime.h"

namespace td::app {

using Desk = runtime::Runtime;

}  // namespace td::app
