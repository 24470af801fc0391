#include "entry_change_words.h"

#include <wx/intl.h>

#include "status_words.h"

namespace td::app {
namespace {

wxString when(const core::EntryChangeItem& c) {
    return c.at ? japan_time_text(*c.at) + "  " : wxString();
}

wxString ref(const char* prefix, std::int64_t id) {
    return wxString::Format("%s%lld", prefix, static_cast<long long>(id));
}

}  // namespace

wxString entry_change_words(const core::EntryChangeItem& c) {
    using core::EntryChange;
    switch (c.what) {
        case EntryChange::token_issued:
            return when(c) + wxString::Format(_("A token was issued (%s)"), ref("#", c.ref));
        case EntryChange::token_activated:
            return when(c) + wxString::Format(_("Token %s was set up"), ref("#", c.ref));
        case EntryChange::token_ended:
            return when(c) + wxString::Format(
                                 _("Token %s is now: %s"), ref("#", c.ref),
                                 c.token_state ? token_status(*c.token_state).words : wxString());
        case EntryChange::application_entered:
            return when(c) + wxString::Format(_("Another procedure was entered: No. %lld %s"),
                                              static_cast<long long>(c.ref),
                                              c.application_kind
                                                  ? application_kind_words(*c.application_kind)
                                                  : wxString());
        case EntryChange::application_decided:
            return when(c) + wxString::Format(_("Procedure No. %lld was decided: %s"),
                                              static_cast<long long>(c.ref),
                                              c.application_state
                                                  ? application_status(*c.application_state).words
                                                  : wxString());
        case EntryChange::no_longer_locked:
            return _("The user is no longer locked: there is nothing to unlock");
        case EntryChange::no_live_token:
            return _("There is no token left to revoke");
        case EntryChange::live_token_exists:
            return wxString::Format(
                _("The login ID already holds token %s (%s)"), ref("#", c.ref),
                c.token_state ? token_status(*c.token_state).words : wxString());
        case EntryChange::reissue_not_yet:
            return wxString::Format(_("A revoke holds a new token back until %s"),
                                    c.at ? japan_time_text(*c.at) : wxString());
    }
    return {};
}

}  // namespace td::app
