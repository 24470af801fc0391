#include "admin_change_words.h"

#include <wx/intl.h>

#include <utility>
#include <vector>

#include "policy_rows.h"
#include "status_words.h"
#include "td/core/names.h"
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
        case K::retention_purge:
            return _("Personal data purged (retention)");
    }
    return {};
}

namespace {

// "name=管理 二郎 branch=001" -> {name, 管理 二郎}, {branch, 001}: a word without "=" belongs to
// the value before it.
std::vector<std::pair<std::string, std::string>> summary_pairs(const std::string& summary) {
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t start = 0;
    while (start < summary.size()) {
        auto end = summary.find(' ', start);
        if (end == std::string::npos) end = summary.size();
        const std::string word = summary.substr(start, end - start);
        const auto eq = word.find('=');
        if (eq != std::string::npos && eq > 0)
            out.emplace_back(word.substr(0, eq), word.substr(eq + 1));
        else if (!out.empty())
            out.back().second += " " + word;
        start = end + 1;
    }
    return out;
}

wxString key_words(const std::string& key) {
    if (key == "to") return _("to branch");
    if (key == "role") return _("Role");
    if (key == "name") return _("Name");
    if (key == "branch") return _("Branch");
    if (key == "count") return _("Devices");
    if (key == "first") return _("first");
    if (key == "last") return _("last");
    if (key == "source") return _("File");
    return from_utf8(key);
}

wxString value_words(const std::string& key, const std::string& value) {
    if (key == "role")
        if (auto role = core::parse_enum<core::Role>(value)) return role_words(*role);
    return from_utf8(value);
}

}  // namespace

wxString summary_words(const core::AdminChange& change) {
    wxString out;
    for (const auto& [key, value] : summary_pairs(change.summary)) {
        if (!out.empty()) out += wxT("  ");
        // A rule's key is named in the target column already.
        const wxString label = change.kind == core::AdminChangeKind::policy_set
                                   ? _("New value")
                                   : key_words(key);
        out += label + wxT(": ") + value_words(key, value);
    }
    return out;
}

wxString target_words(const core::AdminChange& change) {
    const auto colon = change.target.find(':');
    if (colon == std::string::npos) return from_utf8(change.target);
    const std::string kind = change.target.substr(0, colon);
    const std::string id = change.target.substr(colon + 1);
    if (kind == "policy") return policy_key_words(id);
    if (kind == "staff") return wxString::Format(_("Staff %s"), from_utf8(id));
    if (kind == "device") return wxString::Format(_("Serial No. %s"), from_utf8(id));
    if (kind == "stock") return wxString::Format(_("Stock of branch %s"), from_utf8(id));
    if (kind == "branch") return wxString::Format(_("Branch %s"), from_utf8(id));
    return from_utf8(change.target);
}

wxString pending_words(const core::AdminChange& change) {
    return wxString::Format(_("Awaiting another administrator's approval (change %lld, by %s)"),
                            static_cast<long long>(change.id), from_utf8(change.maker_id));
}

wxString dual_control_words(bool dual_control) {
    return dual_control
               ? _("Dual control: a change takes effect when another administrator approves it.")
               : _("Only one administrator: changes take effect at once. Add a second "
                   "administrator to put changes under dual control.");
}

}  // namespace td::app
