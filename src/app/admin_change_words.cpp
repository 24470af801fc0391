#include "admin_change_words.h"

#include <wx/intl.h>

#include "wx_text.h"

namespace td::app {

wxString admin_change_kind_words(core::AdminChangeKind kind) {
    using K = core::AdminChangeKind;
    switch (kind) {
        case K::branch_add:
            return _("Branch added");
        case K::staff_add:
            return _("Staff added");
        case K::staff_role:
            return _("Role changed");
        case K::staff_disable:
            return _("Staff disabled");
        case K::staff_enable:
            return _("Staff enabled again");
        case K::staff_password_reset:
            return _("Password reset");
        case K::policy_set:
            return _("Rule changed");
        case K::stock_import:
            return _("Hardware tokens imported");
        case K::stock_transfer:
            return _("Hardware token moved");
        case K::stock_retire:
            return _("Hardware token retired");
    }
    return {};
}

wxString pending_words(const core::AdminChange& change) {
    return wxString::Format(_("Waiting for another administrator's approval (change %lld, "
                              "entered by %s)"),
                            static_cast<long long>(change.id), from_utf8(change.maker_id));
}

wxString dual_control_words(bool dual_control) {
    return dual_control
               ? _("Dual control: a change takes effect when another administrator approves it.")
               : _("Only one administrator: changes take effect at once. Add a second "
                   "administrator to put changes under dual control.");
}

}  // namespace td::app
