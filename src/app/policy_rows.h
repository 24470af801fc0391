#pragma once
// The settings' "Rules" page: one row per policy key (what it means, its value, core's message
// when a new value is refused). Values are read and written through core's PolicyService,
// which checks each value and records the change in the audit trail.
#include <wx/panel.h>

#include <functional>
#include <map>
#include <string>

#include "session.h"

class wxStaticText;
class wxTextCtrl;

namespace td::app {

class PolicyRows {
  public:
    // Builds the rows into `panel` (the layout's placeholder) and loads the values.
    PolicyRows(wxPanel* panel, Session& session);

    // Saves the changed values; `done(true, …)` when every change was accepted,
    // `done(…, true)` when some wait for a second administrator.
    void save(std::function<void(bool all_saved, bool any_pending)> done);
    bool loaded() const { return !loaded_values_.empty(); }
    // Reads the values in force again (a change was approved); the pending marks go.
    void reload() { load(); }
    wxTextCtrl* field(const std::string& key) const { return fields_.at(key); }
    // Beside the field: core's refusal, or that a new value waits for approval.
    wxStaticText* note(const std::string& key) const { return errors_.at(key); }

  private:
    void load();
    void mark(const std::string& key, const wxString& text, bool refused);

    wxPanel* panel_;
    Session& session_;
    std::map<std::string, wxTextCtrl*> fields_;
    std::map<std::string, wxStaticText*> errors_;
    std::map<std::string, std::string> loaded_values_;
};

// What a policy key means, in the UI language.
wxString policy_key_words(const std::string& key);

}  // namespace td::app
