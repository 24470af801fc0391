#pragma once
// Core speaks UTF-8 std::string; wx speaks wxString. Convert only at this edge.
#include <wx/string.h>

#include <string>

namespace td::app {

inline wxString from_utf8(const std::string& s) {
    return wxString::FromUTF8(s.data(), s.size());
}

inline std::string to_utf8(const wxString& s) {
    const wxScopedCharBuffer buf = s.utf8_str();
    return std::string(buf.data(), buf.length());
}

}  // namespace td::app
