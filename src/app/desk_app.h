#pragma once
// The program: options, the opened desk, the first-run wizard or the demo, then the sign-in
// and the main frame.
#include <wx/app.h>

#include <memory>
#include <optional>

#include "desk.h"
#include "first_run_wizard.h"
#include "startup_options.h"
#include "task_runner.h"

namespace td::app {

class DeskApp : public wxApp {
  public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    int FilterEvent(wxEvent& event) override;

  private:
    // Existing, unless --demo: a missing database is offered to be created, never made unasked.
    runtime::Opening opening() const;
    void open_desk(runtime::Opening opening);
    void offer_new_database(const wxString& database);
    void cannot_open(const wxString& why);
    void open_settings();
    void check_database();
    void first_run(const FirstRunValues& start, const wxString& problem);
    void show_login();
    void fail(const wxString& what);

    StartupOptions options_;
    std::shared_ptr<Desk> desk_;  // opened on the worker
    std::unique_ptr<TaskRunner> runner_;
};

}  // namespace td::app
