#include "settings_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "document_output.h"
#include "half_width.h"
#include "i18n.h"
#include "pending_changes.h"
#include "policy_rows.h"
#include "td/platform/printing.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/connection_check.h"
#include "wx_text.h"
#include "xrc_lookup.h"

namespace td::app {
namespace {

using runtime::DatabaseChoice;
using runtime::DatabaseKind;

const char* const kSslModes[] = {"", "disable", "prefer", "require", "verify-ca", "verify-full"};

wxString problem_words(store::ConnectionProblem kind) {
    using store::ConnectionProblem;
    switch (kind) {
        case ConnectionProblem::server_unreachable:
            return _(
                "The database server does not answer: is it running, and are the host and "
                "port right?");
        case ConnectionProblem::unknown_host:
            return _("The server's host name is unknown.");
        case ConnectionProblem::login_refused:
            return _("The server refused the user name or password.");
        case ConnectionProblem::no_such_database:
            return _("The database does not exist on the server.");
        case ConnectionProblem::tls_failed:
            return _("The TLS connection failed (sslmode, certificates).");
        case ConnectionProblem::driver_missing:
            return _("The ODBC driver cannot be loaded (is odbc-postgresql installed?).");
        case ConnectionProblem::no_such_dsn:
            return _("The ODBC data source is not defined in odbc.ini.");
        case ConnectionProblem::connection_lost:
            return _("The connection to the database server was lost.");
        case ConnectionProblem::newer_schema:
        case ConnectionProblem::other:
            break;
    }
    return _("The database cannot be opened.");
}

wxString connection_words(const runtime::ConnectionReport& r) {
    if (!r.reached)
        return wxString::Format(_("Not connected. %s\n%s"), problem_words(r.kind),
                                from_utf8(r.problem));
    if (r.stored_version == 0)
        return _(
            "Connected. The database is empty: at its next start TokenDesk asks before creating "
            "its tables (or run tokendesk-cli db init).");
    if (r.stored_version > r.program_version)
        return wxString::Format(_("Connected, but the database's schema (version %d) is newer "
                                  "than this TokenDesk (version %d): update TokenDesk first."),
                                r.stored_version, r.program_version);
    return wxString::Format(_("Connected. Schema version %d (this TokenDesk: %d)."),
                            r.stored_version, r.program_version);
}

}  // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, TaskRunner& runner, Session* session,
                               const std::string& effective_database,
                               const std::string& effective_key_file)
    : runner_(runner),
      session_(session),
      start_database_(effective_database),
      start_key_file_(effective_key_file) {
    wxXmlResource::Get()->LoadDialog(this, parent, "settings_dialog");
    db_kind_ = find_control<wxRadioBox>(this, "db_kind");
    sqlite_path_ = find_control<wxTextCtrl>(this, "sqlite_path");
    pg_host_ = find_control<wxTextCtrl>(this, "pg_host");
    pg_port_ = find_control<wxTextCtrl>(this, "pg_port");
    pg_database_ = find_control<wxTextCtrl>(this, "pg_database");
    pg_user_ = find_control<wxTextCtrl>(this, "pg_user");
    pg_password_ = find_control<wxTextCtrl>(this, "pg_password");
    pg_sslmode_ = find_control<wxChoice>(this, "pg_sslmode");
    odbc_ = find_control<wxTextCtrl>(this, "odbc");
    key_file_ = find_control<wxTextCtrl>(this, "key_file");
    printer_ = find_control<wxComboBox>(this, "printer");
    language_ = find_control<wxChoice>(this, "ui_language");
    lock_minutes_ = find_control<wxSpinCtrl>(this, "lock_minutes");
    connection_result_ = find_control<wxStaticText>(this, "connection_result");
    message_ = find_control<wxStaticText>(this, "settings_message");
    convert_digits_on_leave(pg_port_);

    const auto path = runtime::user_settings_path();
    find_control<wxStaticText>(this, "conf_path")
        ->SetLabel(wxString::Format(_("Saved in %s (readable by this user only)"),
                                    from_utf8(platform::utf8_of(path))));
    try {
        loaded_settings_ = runtime::load_settings();
    } catch (const std::exception& e) {
        message_->SetLabel(from_utf8(e.what()));  // shown, and mended by saving
    }
    show_choice(runtime::split_database_url(effective_database));
    key_file_->ChangeValue(from_utf8(effective_key_file));
    printer_->SetValue(from_utf8(loaded_settings_.printer.value_or(configured_printer())));
    language_->SetSelection(!loaded_settings_.language           ? 0
                            : *loaded_settings_.language == "ja" ? 1
                                                                 : 2);
    lock_minutes_->SetValue(loaded_settings_.lock_minutes.value_or(5));
    load_printers();

    auto* pages = find_control<wxNotebook>(this, "settings_pages");
    if (session_ && session_->actor.role == core::Role::admin) {
        policy_ =
            std::make_unique<PolicyRows>(find_control<wxPanel>(this, "policy_rows"), *session_);
        // Every kind of change waits here, staff and stock too: this is the administrator's
        // page. An approved rule change shows in its row.
        pending_ = std::make_unique<PendingChanges>(
            find_control<wxPanel>(this, "pending_changes"), *session_, nullptr,
            [this] { policy_->reload(); });
    } else
        pages->GetPage(1)->Disable();  // rules need an administrator signed in

    db_kind_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { update_fields(); });
    find_control<wxButton>(this, "test_connection")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        test_connection();
    });
    find_control<wxButton>(this, "save")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    update_fields();
    GetSizer()->SetSizeHints(this);
    Layout();
    CentreOnParent();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::show_choice(const DatabaseChoice& c) {
    db_kind_->SetSelection(static_cast<int>(c.kind));
    sqlite_path_->ChangeValue(from_utf8(c.sqlite_path));
    pg_host_->ChangeValue(from_utf8(c.host.empty() ? "localhost" : c.host));
    pg_port_->ChangeValue(from_utf8(c.port.empty() ? "5432" : c.port));
    pg_database_->ChangeValue(from_utf8(c.database.empty() ? "tokendesk" : c.database));
    pg_user_->ChangeValue(from_utf8(c.user));
    pg_password_->ChangeValue(from_utf8(c.password));
    int mode = 0;
    for (int i = 0; i < 6; ++i)
        if (c.sslmode == kSslModes[i]) mode = i;
    pg_sslmode_->SetSelection(mode);
    odbc_->ChangeValue(from_utf8(c.odbc.empty() ? "DSN=tokendesk" : c.odbc));
    pg_options_ = c.options;
}

void SettingsDialog::update_fields() {
    const auto kind = static_cast<DatabaseKind>(db_kind_->GetSelection());
    sqlite_path_->Enable(kind == DatabaseKind::sqlite);
    for (wxWindow* w : std::initializer_list<wxWindow*>{pg_host_, pg_port_, pg_database_, pg_user_,
                                                        pg_password_, pg_sslmode_})
        w->Enable(kind == DatabaseKind::postgresql);
    odbc_->Enable(kind == DatabaseKind::odbc);
}

std::string SettingsDialog::database_url() const {
    DatabaseChoice c;
    c.kind = static_cast<DatabaseKind>(db_kind_->GetSelection());
    c.sqlite_path = to_utf8(sqlite_path_->GetValue().Strip(wxString::both));
    c.host = to_utf8(pg_host_->GetValue().Strip(wxString::both));
    c.port = to_utf8(pg_port_->GetValue().Strip(wxString::both));
    c.database = to_utf8(pg_database_->GetValue().Strip(wxString::both));
    c.user = to_utf8(pg_user_->GetValue().Strip(wxString::both));
    c.password = to_utf8(pg_password_->GetValue());
    c.sslmode = kSslModes[std::max(0, pg_sslmode_->GetSelection())];
    c.options = pg_options_;
    c.odbc = to_utf8(odbc_->GetValue().Strip(wxString::both));
    return runtime::compose_database_url(c);
}

bool SettingsDialog::check_fields() {
    // The first empty required field, named in the message and focused.
    const auto kind = static_cast<DatabaseKind>(db_kind_->GetSelection());
    std::vector<std::pair<wxTextCtrl*, wxString>> required;
    if (kind == DatabaseKind::sqlite) required.push_back({sqlite_path_, _("SQLite file")});
    if (kind == DatabaseKind::postgresql) {
        required.push_back({pg_host_, _("Server (host)")});
        required.push_back({pg_database_, _("Database name")});
    }
    if (kind == DatabaseKind::odbc) required.push_back({odbc_, _("ODBC connection")});
    required.push_back({key_file_, _("Key file")});
    for (auto& [field, name] : required)
        if (field->GetValue().Strip(wxString::both).empty()) {
            message_->SetLabel(wxString::Format(_("%s is required."), name));
            field->SetFocus();
            Layout();
            return false;
        }
    const wxString port = pg_port_->GetValue();
    if (kind == DatabaseKind::postgresql && !port.empty() && !port.IsNumber()) {
        message_->SetLabel(_("Port must be half-width digits, e.g. 5432."));
        pg_port_->SetFocus();
        Layout();
        return false;
    }
    message_->SetLabel({});
    return true;
}

void SettingsDialog::test_connection() {
    if (!check_fields()) return;
    connection_result_->SetLabel(_("Connecting..."));
    runner_.run<runtime::ConnectionReport>(
        this, [url = database_url()] { return runtime::check_connection(url); },
        [this](runtime::ConnectionReport& report) {
            ++answers_;
            connection_result_->SetForegroundColour(report.reached && report.stored_version <=
                                                                          report.program_version
                                                        ? wxColour(0x1b, 0x7a, 0x36)
                                                        : wxColour(0xc0, 0x1c, 0x1c));
            connection_result_->SetLabel(connection_words(report));
            connection_result_->Wrap(420);
            Layout();
        });
}

void SettingsDialog::load_printers() {
    // Asked on the worker, so the dialog never waits on the print system; none: type a name.
    runner_.run<std::vector<std::string>>(
        this, [] { return platform::installed_printers(); },
        [this](std::vector<std::string>& names) {
            for (const auto& n : names)
                if (printer_->FindString(from_utf8(n)) == wxNOT_FOUND)
                    printer_->Append(from_utf8(n));
        },
        [](const std::string&) {});
}

void SettingsDialog::save() {
    if (!check_fields()) return;
    runtime::Settings s = loaded_settings_;
    s.database = database_url();
    s.key_file = to_utf8(key_file_->GetValue().Strip(wxString::both));
    const std::string printer = to_utf8(printer_->GetValue().Strip(wxString::both));
    if (printer.empty())
        s.printer.reset();
    else
        s.printer = printer;
    const int lang = language_->GetSelection();
    if (lang <= 0)
        s.language.reset();
    else
        s.language = lang == 1 ? "ja" : "en";
    s.lock_minutes = lock_minutes_->GetValue();
    try {
        runtime::save_settings(s, runtime::user_settings_path());
    } catch (const std::exception& e) {
        message_->SetLabel(from_utf8(e.what()));
        Layout();
        return;
    }
    loaded_settings_ = s;
    set_configured_printer(printer);  // the next print uses it
    if (policy_)
        policy_->save([this](bool all_saved, bool any_pending) {
            ++answers_;
            // A change waiting for approval keeps the dialog open, to show that it waits.
            if (any_pending) {
                pending_->refresh();
                message_->SetLabel(_("Saved. Rule changes marked on their rows wait for another "
                                     "administrator's approval."));
                Layout();
            } else if (all_saved) {
                finish_save();
            }
        });
    else
        finish_save();
}

void SettingsDialog::finish_save() {
    saved_ = true;
    const bool restart = loaded_settings_.database != start_database_ ||
                         loaded_settings_.key_file != start_key_file_;
    if (restart && IsModal())
        wxMessageBox(_("Saved. The new database or key file is used from the next start of "
                       "TokenDesk."),
                     _("Settings"), wxOK | wxICON_INFORMATION, this);
    if (IsModal()) EndModal(wxID_OK);
}

}  // namespace td::app
