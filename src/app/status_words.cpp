#include "status_words.h"

#include <wx/intl.h>

#include "i18n.h"
#include "td/core/japanese_date.h"
#include "td/core/time.h"
#include "wx_text.h"

namespace td::app {
namespace {

// Dark enough to read on white; the words carry the meaning for colour-blind staff.
const wxColour kGreen(0x1b, 0x7a, 0x36);
const wxColour kBlue(0x1f, 0x4e, 0xa8);
const wxColour kAmber(0xa8, 0x5a, 0x00);
const wxColour kRed(0xc0, 0x1c, 0x1c);
const wxColour kGrey(0x60, 0x60, 0x60);

}  // namespace

StatusLook user_status(core::OtpState state) {
    switch (state) {
        case core::OtpState::active:
            return {_("Active"), kGreen};
        case core::OtpState::locked:
            return {_("Locked"), kAmber};
    }
    return {};
}

StatusLook token_status(core::TokenState state) {
    switch (state) {
        case core::TokenState::issued:
            return {_("Awaiting setup"), kBlue};
        case core::TokenState::active:
            return {_("Active"), kGreen};
        case core::TokenState::revoked:
            return {_("Revoked"), kGrey};
        case core::TokenState::stopped:
            return {_("Stopped (misuse report)"), kRed};
        case core::TokenState::voided:
            return {_("Void"), kGrey};
    }
    return {};
}

StatusLook application_status(core::ApplicationState state) {
    switch (state) {
        case core::ApplicationState::entered:
            return {_("Awaiting approval"), kAmber};
        case core::ApplicationState::approved:
            return {_("Approved"), kGreen};
        case core::ApplicationState::rejected:
            return {_("Rejected"), kRed};
        case core::ApplicationState::cancelled:
            return {_("Cancelled"), kGrey};
    }
    return {};
}

StatusLook device_status(core::DeviceState state) {
    switch (state) {
        case core::DeviceState::in_stock:
            return {_("In stock"), kGreen};
        case core::DeviceState::assigned:
            return {_("Assigned"), kBlue};
        case core::DeviceState::lost:
            return {_("Lost"), kRed};
        case core::DeviceState::retired:
            return {_("Retired"), kGrey};
        case core::DeviceState::pending:
            return {_("Pending approval"), kAmber};
    }
    return {};
}

wxString application_kind_words(core::ApplicationKind kind) {
    switch (kind) {
        case core::ApplicationKind::software_token:
            return _("Software token issuance");
        case core::ApplicationKind::hardware_token:
            return _("Hardware token issuance");
        case core::ApplicationKind::unlock:
            return _("Unlock");
        case core::ApplicationKind::revoke:
            return _("Token revocation");
        case core::ApplicationKind::misuse_report:
            return _("Misuse report");
        case core::ApplicationKind::contract_update:
            return _("Contract update");
        case core::ApplicationKind::contract_close:
            return _("Contract close");
    }
    return {};
}

wxString token_kind_words(core::TokenKind kind) {
    return kind == core::TokenKind::software ? _("Software token") : _("Hardware token");
}

wxString user_kind_words(core::UserKind kind) {
    return kind == core::UserKind::master ? _("Master user") : _("General user");
}

wxString role_words(core::Role role) {
    switch (role) {
        case core::Role::teller:
            return _("Teller");
        case core::Role::manager:
            return _("Manager");
        case core::Role::admin:
            return _("Administrator");
    }
    return {};
}

wxString otp_mode_words(core::OtpMode mode) {
    return mode == core::OtpMode::totp ? wxString("TOTP") : wxString("HOTP");
}

wxString japan_time_text(core::TimePoint t) {
    const core::JapanDateTime j = core::to_japan(t);
    const wxString clock = wxString::Format("%02d:%02d", j.hour, j.minute);
    if (ui_language() == core::Language::ja)
        return from_utf8(core::format_wareki(core::japan_date(t))) + " " + clock;
    return wxString::Format("%04d-%02d-%02d ", j.year, j.month, j.day) + clock;
}

}  // namespace td::app
