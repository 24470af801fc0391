#pragma once
// States in words AND colour (UI.md: never colour alone), with the glossary's words.
#include <wx/colour.h>
#include <wx/string.h>

#include "td/core/entities.h"

namespace td::app {

struct StatusLook {
    wxString words;
    wxColour colour;
};

StatusLook user_status(core::OtpState state);
StatusLook token_status(core::TokenState state);
StatusLook application_status(core::ApplicationState state);
// A hardware token in the stock: 在庫 / 払出済 / 紛失 / 廃棄.
StatusLook device_status(core::DeviceState state);

wxString application_kind_words(core::ApplicationKind kind);
wxString token_kind_words(core::TokenKind kind);
wxString user_kind_words(core::UserKind kind);
wxString role_words(core::Role role);
// "TOTP" / "HOTP": the standards' names, the same in every language.
wxString otp_mode_words(core::OtpMode mode);

// Japan time, 24-hour: "令和８年１１月２６日 14:05" in Japanese, "2026-11-26 14:05" in English.
wxString japan_time_text(core::TimePoint t);

}  // namespace td::app
