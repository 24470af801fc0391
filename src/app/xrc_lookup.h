#pragma once
// A named control of an XRC layout, checked: a renamed control fails loudly, not as a crash.
#include <wx/window.h>
#include <wx/xrc/xmlres.h>

#include <stdexcept>
#include <string>

namespace td::app {

template <class T>
T* find_control(wxWindow* parent, const char* name) {
    auto* control = dynamic_cast<T*>(parent->FindWindow(XRCID(name)));
    if (!control) throw std::logic_error(std::string("XRC layout lacks control ") + name);
    return control;
}

}  // namespace td::app
