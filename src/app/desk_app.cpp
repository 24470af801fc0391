#include "desk_app.h"

#include <wx/cmdline.h>
#include <wx/msgdlg.h>

#include <optional>

#include "demo_data.h"
#include "document_output.h"
#include "forms.h"
#include "i18n.h"
#include "idle_watch.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "settings_dialog.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/runtime/key_problem.h"
#include "td/store/open_store.h"
#include "wx_text.h"

namespace td::app {
namespace {

// The first run's set-up: refused as a whole, or done with the second administrator refused
// alone (the first stands by then).
struct FirstRunOutcome {
    std::optional<core::Refusal> refused;
    std::optional<core::Refusal> second_admin_refused;
};

struct OpenedDesk {
    std::shared_ptr<Desk> desk;
    std::string missing_database;  // set instead when there is no database to open
    std::optional<runtime::KeyProblem> key_problem;  // or when the key file cannot serve it
};

// The key file's problem in the user's language: both files named, and what to do.
wxString key_problem_words(const runtime::KeyProblem& p) {
    if (p.kind() == runtime::KeyProblem::Kind::missing)
        return wxString::Format(
            _("The key file %s does not exist, but the database %s needs its key.\n\n"
              "Start with the key file the database was initialised with (the key file in the "
              "settings), or restore that file from its backup. A new key file is made only "
              "with a new database. Nothing was written."),
            from_utf8(p.key_file()), from_utf8(p.database()));
    if (p.kind() == runtime::KeyProblem::Kind::outdated)
        return wxString::Format(
            _("The key file %s lacks the newest key of the database %s, which a key rotation "
              "moved to (the database uses %s; this file holds %s).\n\n"
              "Ask the administrator for the current key file. Nothing was written."),
            from_utf8(p.key_file()), from_utf8(p.database()), from_utf8(p.recorded()),
            from_utf8(p.offered()));
    return wxString::Format(
        _("The key file %s is not the key of the database %s (the database was initialised "
          "with %s; this file holds %s).\n\n"
          "Start with the key file the database was initialised with (the key file in the "
          "settings), or restore that file from its backup. Nothing was written."),
        from_utf8(p.key_file()), from_utf8(p.database()), from_utf8(p.recorded()),
        from_utf8(p.offered()));
}

struct StartupCheck {
    bool needs_bootstrap = false;
    std::optional<core::Refusal> demo_refused;
    bool demo_filled = false;
};

}  // namespace

void DeskApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption({}, "db", "database URL (sqlite:PATH); default TOKENDESK_DB or the data dir");
    parser.AddOption({}, "key-file", "key file; default TOKENDESK_KEY_FILE or the data dir");
    parser.AddOption({}, "lang", "ja or en; default from the system locale");
    parser.AddOption({}, "lock-minutes", "idle minutes before the screen locks (0: never)",
                     wxCMD_LINE_VAL_NUMBER);
    parser.AddSwitch({}, "demo",
                     "fill a demo branch, staff and customers into an empty or new database");
}

bool DeskApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    wxString v;
    std::optional<std::string> db, key;
    if (parser.Found("db", &v)) db = to_utf8(v);
    if (parser.Found("key-file", &v)) key = to_utf8(v);
    options_ = resolve_startup(db, key);
    options_.demo = parser.Found("demo");
    if (parser.Found("lang", &v))
        options_.language = v.StartsWith("ja") ? core::Language::ja : core::Language::en;
    long minutes = 0;
    if (parser.Found("lock-minutes", &minutes)) options_.lock_minutes = static_cast<int>(minutes);
    return true;
}

bool DeskApp::OnInit() {
    if (!wxApp::OnInit()) return false;
    set_ui_language(options_.language.value_or(system_language()));
    set_configured_printer(options_.printer);
    load_forms();
    // Start-up goes through windows with gaps between them (the demo's box, the wizard, the
    // sign-in): wx would end the program when the first of them closes with none other open.
    // Every way out of start-up quits explicitly; the main frame's closing ends it again.
    SetExitOnFrameDelete(false);
    runner_ = std::make_unique<TaskRunner>();
    if (!options_.settings_problem.empty())
        wxMessageBox(from_utf8(options_.settings_problem), _("TokenDesk settings"),
                     wxOK | wxICON_WARNING);
    open_desk(opening());
    return true;
}

void DeskApp::open_desk(runtime::Opening opening) {
    // On the worker: a central database server may take seconds to answer, or not at all.
    runner_->run<OpenedDesk>(
        nullptr,
        [url = options_.database_url, key = options_.key_file, opening] {
            OpenedDesk opened;
            try {
                opened.desk = std::make_shared<Desk>(url, key, runtime::make_clock(url),
                                                     /*fast_password_hashing=*/false, opening);
            } catch (const store::DatabaseMissing& e) {
                opened.missing_database = e.database();
            } catch (const runtime::KeyProblem& e) {
                opened.key_problem = e;
            }
            return opened;
        },
        [this](OpenedDesk& opened) {
            if (opened.key_problem) {
                cannot_open(key_problem_words(*opened.key_problem));
                return;
            }
            if (!opened.desk) {
                offer_new_database(from_utf8(opened.missing_database));
                return;
            }
            desk_ = std::move(opened.desk);
            check_database();
        },
        [this](const std::string& fault) { cannot_open(from_utf8(fault)); });
}

void DeskApp::offer_new_database(const wxString& database) {
    // Never created unasked: a mistyped path in tokendesk.conf must not become an empty
    // database (and a new key) that counters then write into.
    wxMessageDialog ask(
        nullptr,
        wxString::Format(_("There is no TokenDesk database at:\n%s\n\n"
                           "Create a new database there and set up its first branch and "
                           "administrator? Its key file is kept at (made new when none is "
                           "there):\n%s\n\n"
                           "If the database should already exist, check the settings instead."),
                         database, from_utf8(options_.key_file)),
        _("TokenDesk: no database"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(_("Create"), _("Settings..."), _("Quit"));
    const int answer = ask.ShowModal();
    if (answer == wxID_YES)
        open_desk(runtime::Opening::create);
    else if (answer == wxID_NO)
        open_settings();
    else
        ExitMainLoop();
}

void DeskApp::cannot_open(const wxString& why) {
    wxMessageDialog ask(nullptr,
                        wxString::Format(_("TokenDesk cannot open its database:\n%s\n\n"
                                           "Open the settings to check the database and the key "
                                           "file?"),
                                         why),
                        _("TokenDesk cannot start"), wxYES_NO | wxICON_ERROR);
    ask.SetYesNoLabels(_("Settings..."), _("Quit"));
    if (ask.ShowModal() != wxID_YES) {
        ExitMainLoop();
        return;
    }
    open_settings();
}

void DeskApp::open_settings() {
    SettingsDialog settings(nullptr, *runner_, nullptr, options_.database_url, options_.key_file);
    if (settings.ShowModal() != wxID_OK) {
        ExitMainLoop();
        return;
    }
    // Try again with what was just saved.
    const auto saved = resolve_startup(std::nullopt, std::nullopt);
    options_.database_url = saved.database_url;
    options_.key_file = saved.key_file;
    set_configured_printer(saved.printer);
    open_desk(opening());
}

runtime::Opening DeskApp::opening() const {
    // --demo makes its own database, as tokendesk-cli demo does.
    return options_.demo ? runtime::Opening::create : runtime::Opening::existing;
}

int DeskApp::OnExit() {
    runner_.reset();  // joins the worker before the desk it uses goes away
    desk_.reset();
    return wxApp::OnExit();
}

int DeskApp::FilterEvent(wxEvent& event) {
    const wxEventType t = event.GetEventType();
    if (t == wxEVT_KEY_DOWN || t == wxEVT_LEFT_DOWN || t == wxEVT_RIGHT_DOWN || t == wxEVT_MOTION ||
        t == wxEVT_MOUSEWHEEL)
        IdleWatch::note_activity();
    return Event_Skip;
}

void DeskApp::check_database() {
    const bool demo = options_.demo;
    runner_->run<StartupCheck>(
        nullptr,
        [ctx = desk_->context(), demo] {
            StartupCheck check;
            if (demo) {
                auto filled = fill_demo(ctx);
                check.demo_filled = filled.ok();
                if (!filled) check.demo_refused = filled.refusal();
            }
            check.needs_bootstrap = core::StaffService(ctx).needs_bootstrap();
            return check;
        },
        [this](StartupCheck& check) {
            if (check.demo_refused)
                wxMessageBox(refusal_text(*check.demo_refused), _("TokenDesk"),
                             wxOK | wxICON_WARNING);
            if (check.demo_filled)
                wxMessageBox(_("Demo branch 001 is ready.\n"
                               "Teller: teller1 / demo-teller-pw\n"
                               "Manager: manager1 / demo-manager-pw\n"
                               "Administrator: admin / demo-admin-pw"),
                             _("TokenDesk demo"), wxOK | wxICON_INFORMATION);
            if (check.needs_bootstrap)
                first_run({}, {});
            else
                show_login();
        },
        [this](const std::string& fault) { fail(from_utf8(fault)); });
}

void DeskApp::first_run(const FirstRunValues& start, const wxString& problem) {
    FirstRunValues values = start;
    bool entered = false;
    {
        FirstRunWizard wizard(nullptr, start, problem);
        entered = wizard.run(values);
        wizard.Destroy();
    }
    if (!entered) {
        ExitMainLoop();
        return;
    }
    runner_->run<FirstRunOutcome>(
        nullptr,
        [ctx = desk_->context(), values]() -> FirstRunOutcome {
            core::StaffService staff(ctx);
            if (auto b = staff.add_branch(std::nullopt, values.branch); !b) return {b.refusal(), {}};
            if (auto s = staff.add_staff(std::nullopt, values.admin); !s) return {s.refusal(), {}};
            core::PolicyService(ctx).ensure_defaults();
            FirstRunOutcome done;
            if (values.second_admin) {
                // Entered by the first administrator, the only one so far: in effect at once.
                auto first = staff.sign_in(values.admin.id, values.admin.password);
                auto second = first ? staff.add_staff(first.value(), *values.second_admin)
                                    : core::Outcome<core::AdminChange>(first.refusal());
                if (!second) done.second_admin_refused = second.refusal();
            }
            return done;
        },
        [this, values](FirstRunOutcome& outcome) {
            if (outcome.refused) {
                // Back to the wizard with what was typed and core's reason.
                first_run(values, refusal_text(*outcome.refused));
                return;
            }
            if (outcome.second_admin_refused)
                // The branch and the first administrator stand: going back would add them twice.
                wxMessageBox(wxString::Format(_("The second administrator was not registered: "
                                                "%s\n\nAdd one later (tokendesk-cli staff add "
                                                "... --role admin); until then changes take "
                                                "effect at once."),
                                              refusal_text(*outcome.second_admin_refused)),
                             _("TokenDesk"), wxOK | wxICON_WARNING);
            show_login();
        },
        [this](const std::string& fault) { fail(from_utf8(fault)); });
}

void DeskApp::show_login() {
    LoginHooks hooks;
    hooks.signed_in = [this](const core::Actor& actor) {
        auto* frame = new MainFrame(*desk_, *runner_, actor, options_.lock_minutes);
        frame->Show();
        SetTopWindow(frame);
        SetExitOnFrameDelete(true);
    };
    hooks.quit = [this] { ExitMainLoop(); };
    LoginDialog::open(nullptr, *desk_, *runner_, LoginMode::sign_in, {}, hooks);
}

void DeskApp::fail(const wxString& what) {
    wxMessageBox(what, _("TokenDesk"), wxOK | wxICON_ERROR);
    ExitMainLoop();
}

}  // namespace td::app
