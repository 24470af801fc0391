#pragma once
// The administrator's settings. "This PC": tokendesk.conf (database with a connection test,
// key file, printer, language, screen lock), written to the user's file readable by them only.
// "Rules": the policy values in the database (an administrator signed in). Opened from the main
// window (F7, administrators) or when TokenDesk cannot open its database at start-up.
#include <wx/dialog.h>

#include <memory>
#include <string>

#include "session.h"
#include "task_runner.h"
#include "td/runtime/database_choice.h"
#include "td/runtime/settings_file.h"

class wxChoice;
class wxComboBox;
class wxRadioBox;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace td::app {

class PendingChanges;
class PolicyRows;

class SettingsDialog : public wxDialog {
  public:
    // `session`: an administrator's, for the rules page; nullptr before anyone is signed in.
    // `effective_database` / `effective_key_file`: what this run actually uses.
    SettingsDialog(wxWindow* parent, TaskRunner& runner, Session* session,
                   const std::string& effective_database, const std::string& effective_key_file);
    ~SettingsDialog() override;

    // The connection test and the save, also for tests.
    void test_connection();
    void save();
    // The database URL the fields describe now.
    std::string database_url() const;
    int answers() const { return answers_; }
    bool saved() const { return saved_; }
    wxStaticText* connection_result() const { return connection_result_; }
    wxStaticText* message() const { return message_; }
    PolicyRows* policy() const { return policy_.get(); }
    PendingChanges* pending() const { return pending_.get(); }

  private:
    void show_choice(const runtime::DatabaseChoice& choice);
    void update_fields();
    bool check_fields();
    void load_printers();
    void finish_save();

    TaskRunner& runner_;
    Session* session_;
    runtime::Settings loaded_settings_;  // as read at opening (system file, user's over it)
    std::string start_database_;
    std::string start_key_file_;
    wxRadioBox* db_kind_ = nullptr;
    wxTextCtrl* sqlite_path_ = nullptr;
    wxTextCtrl* pg_host_ = nullptr;
    wxTextCtrl* pg_port_ = nullptr;
    wxTextCtrl* pg_database_ = nullptr;
    wxTextCtrl* pg_user_ = nullptr;
    wxTextCtrl* pg_password_ = nullptr;
    wxChoice* pg_sslmode_ = nullptr;
    wxTextCtrl* odbc_ = nullptr;
    wxTextCtrl* key_file_ = nullptr;
    wxComboBox* printer_ = nullptr;
    wxChoice* language_ = nullptr;
    wxSpinCtrl* lock_minutes_ = nullptr;
    wxStaticText* connection_result_ = nullptr;
    wxStaticText* message_ = nullptr;
    std::string pg_options_;  // libpq options with no field of their own, kept as they were
    std::unique_ptr<PolicyRows> policy_;
    std::unique_ptr<PendingChanges> pending_;
    int answers_ = 0;
    bool saved_ = false;
};

}  // namespace td::app
