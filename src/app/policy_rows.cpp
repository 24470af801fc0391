#include "policy_rows.h"

#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <vector>

#include "admin_change_words.h"
#include "i18n.h"
#include "td/core/admin_service.h"
#include "td/core/policy.h"
#include "td/core/policy_service.h"
#include "wx_text.h"

namespace td::app {
namespace {

struct Change {
    std::string key;
    std::string value;
};

struct PolicyView {
    std::map<std::string, std::string> values;
    std::map<std::string, core::AdminChange> pending;  // by policy key
};

struct SaveResult {
    std::map<std::string, core::Refusal> refused;
    std::map<std::string, std::string> saved;
    std::map<std::string, core::AdminChange> pending;  // waiting for a second administrator
};

}  // namespace

wxString policy_key_words(const std::string& key) {
    if (key == "lock_threshold") return _("Wrong one-time passwords in a row before a lock");
    if (key == "drift_steps") return _("Clock drift allowed (steps of 60 s either side)");
    if (key == "otp_digits") return _("Digits of a one-time password");
    if (key == "activation_attempts")
        return _("Wrong usage-start passwords before the token is void");
    if (key == "mobile_domains") return _("Mobile carrier mail domains (comma separated)");
    if (key == "service_id") return _("Service ID of software tokens");
    if (key == "hotp_lookahead") return _("Look-ahead of hardware (HOTP) tokens");
    if (key == "both_token_kinds")
        return _("Software and hardware token for one login ID (0: no, 1: yes)");
    if (key == "letter_date_style") return _("Dates on letters (wareki or seireki)");
    if (key == "cross_branch_read")
        return _("Roles that may see other branches' customers (none, or teller,manager,admin)");
    if (key == "app_download_url")
        return _("Download URL of the phone app (mailed after online issuance)");
    if (key == "bank_name") return _("The bank's name, signing customer mails");
    if (key == "staff_password_min_length") return _("Shortest staff password (characters)");
    if (key == "staff_password_history")
        return _("Staff passwords that may not be used again (the last N)");
    if (key == "staff_password_must_change")
        return _("Change a password an administrator set at first sign-in (0: no, 1: yes)");
    if (key == "staff_password_expiry_days")
        return _("Days a staff password lasts (0: no expiry)");
    if (key == "retention_years")
        return _("Years personal data is kept after a contract ended");
    return from_utf8(key);
}

PolicyRows::PolicyRows(wxPanel* panel, Session& session) : panel_(panel), session_(session) {
    auto* grid = new wxFlexGridSizer(3, 4, 12);
    grid->AddGrowableCol(1);
    for (const std::string& key : core::policy_keys()) {
        grid->Add(new wxStaticText(panel_, wxID_ANY, policy_key_words(key)), 0,
                  wxALIGN_CENTER_VERTICAL);
        auto* field = new wxTextCtrl(panel_, wxID_ANY, {}, wxDefaultPosition, wxSize(260, -1), 0,
                                     wxDefaultValidator, "policy_" + key);
        field->Disable();  // until the values are loaded
        grid->Add(field, 0, wxEXPAND);
        auto* error = new wxStaticText(panel_, wxID_ANY, {});
        error->SetForegroundColour(wxColour(0xc0, 0x1c, 0x1c));
        grid->Add(error, 0, wxALIGN_CENTER_VERTICAL);
        fields_[key] = field;
        errors_[key] = error;
    }
    panel_->SetSizer(grid);
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(panel_)) {
        scrolled->SetScrollRate(0, 12);
        scrolled->FitInside();
    }
    load();
}

void PolicyRows::mark(const std::string& key, const wxString& text, bool refused) {
    // Red for a refusal; amber for a value that waits, which is not an error.
    errors_[key]->SetForegroundColour(refused ? wxColour(0xc0, 0x1c, 0x1c)
                                              : wxColour(0xa8, 0x5a, 0x00));
    errors_[key]->SetLabel(text);
}

void PolicyRows::load() {
    session_.runner.run<PolicyView>(
        panel_,
        [ctx = session_.desk.context(), actor = session_.actor] {
            PolicyView view;
            view.values = core::policy_to_values(core::PolicyService(ctx).current());
            // A value waiting for a second administrator is marked on its row.
            if (auto pending = core::AdminService(ctx).pending(actor))
                for (auto& c : pending.value())
                    if (c.kind == core::AdminChangeKind::policy_set)
                        view.pending.emplace(c.target.substr(c.target.find(':') + 1), c);
            return view;
        },
        [this](PolicyView& view) {
            loaded_values_ = view.values;
            for (auto& [key, field] : fields_) {
                field->ChangeValue(from_utf8(view.values[key]));
                field->Enable();
                const auto waiting = view.pending.find(key);
                mark(key, waiting == view.pending.end() ? wxString()
                                                        : pending_words(waiting->second),
                     false);
            }
            panel_->Layout();
        });
}

void PolicyRows::save(std::function<void(bool, bool)> done) {
    std::vector<Change> changes;
    for (auto& [key, field] : fields_) {
        errors_[key]->SetLabel({});
        const std::string value = to_utf8(field->GetValue().Strip(wxString::both));
        if (loaded() && value != loaded_values_[key]) changes.push_back({key, value});
    }
    if (changes.empty()) return done(true, false);
    session_.runner.run<SaveResult>(
        panel_,
        [ctx = session_.desk.context(), actor = session_.actor, changes] {
            SaveResult result;
            core::PolicyService policy(ctx);
            // Each value is its own step: an accepted one stays, a refused one changes nothing.
            std::vector<std::string> in_effect;
            for (const Change& c : changes) {
                auto set = policy.set(actor, c.key, c.value);
                if (!set)
                    result.refused.emplace(c.key, set.refusal());
                else if (set.value().state == core::AdminChangeState::pending)
                    result.pending.emplace(c.key, set.value());
                else
                    in_effect.push_back(c.key);
            }
            auto now = core::policy_to_values(policy.current());
            for (const auto& key : in_effect) result.saved[key] = now[key];
            return result;
        },
        [this, done](SaveResult& result) {
            for (auto& [key, value] : result.saved) {
                loaded_values_[key] = value;
                fields_[key]->ChangeValue(from_utf8(value));
            }
            for (auto& [key, refusal] : result.refused) mark(key, refusal_text(refusal), true);
            for (auto& [key, change] : result.pending) {
                // The row keeps the value in force; the new one waits for approval.
                fields_[key]->ChangeValue(from_utf8(loaded_values_[key]));
                mark(key, pending_words(change), false);
            }
            if (!result.refused.empty()) fields_[result.refused.begin()->first]->SetFocus();
            panel_->Layout();
            done(result.refused.empty(), !result.pending.empty());
        });
}

}  // namespace td::app
