// One start of a desktop window: prints one line when the window is on screen, with the
// process's memory then, and exits; the driver (desktop_startup.sh) times from its exec to that
// line, the same way on Debian and under Wine. Modes:
//   bare  - a bare wxWidgets frame, the yardstick;
//   login - TokenDesk's start-up up to the sign-in window (forms, translations, the database
//           opened on the worker, the first-run check), as the program does it;
//   home  - on through a sign-in to the main window with the home page loaded.
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/sizer.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "forms.h"
#include "home_panel.h"
#include "i18n.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "process_memory.h"
#include "td/core/staff_service.h"

namespace {

void report_and_exit() {
    const td::test::ProcessMemory memory = td::test::process_memory();
    std::printf("ready resident_kb=%lld private_kb=%lld\n", memory.resident_kb, memory.private_kb);
    std::fflush(stdout);
    std::_Exit(0);  // measured: the exit path is not
}

class Probe : public wxApp {
  public:
    bool OnInit() override {
        const std::string mode = argc > 1 ? std::string(argv[1].utf8_str()) : "bare";
        if (mode == "bare") {
            auto* frame = new wxFrame(nullptr, wxID_ANY, "bare");
            frame->Show();
            report_when_idle();
            return true;
        }
        td::app::set_ui_language(td::core::Language::ja);
        td::app::load_forms();
        runner_ = std::make_unique<td::app::TaskRunner>();
        const std::string db = argv[2].utf8_str().data();
        const std::string key = argv[3].utf8_str().data();
        runner_->run<std::shared_ptr<td::app::Desk>>(
            nullptr,
            [db, key] {
                auto desk = std::make_shared<td::app::Desk>(db, key, td::runtime::make_clock(db));
                td::core::StaffService(desk->context()).needs_bootstrap();
                return desk;
            },
            [this, mode](std::shared_ptr<td::app::Desk>& desk) {
                desk_ = desk;
                if (mode == "login") {
                    td::app::LoginDialog::open(nullptr, *desk_, *runner_,
                                               td::app::LoginMode::sign_in, {}, {});
                    report_when_idle();
                } else {
                    open_home();
                }
            });
        return true;
    }

  private:
    void report_when_idle() {
        // The first idle after Show: the window has been mapped and painted.
        Bind(wxEVT_IDLE, [](wxIdleEvent&) { report_and_exit(); });
    }
    void open_home() {
        const std::string id = argv[4].utf8_str().data();
        const std::string pw = argv[5].utf8_str().data();
        runner_->run<td::core::Outcome<td::core::Actor>>(
            nullptr,
            [desk = desk_, id, pw] {
                return td::core::StaffService(desk->context()).sign_in(id, pw);
            },
            [this](td::core::Outcome<td::core::Actor>& actor) {
                if (!actor) std::_Exit(2);
                auto* frame = new td::app::MainFrame(*desk_, *runner_, actor.value(), 0);
                frame->Show();
                Bind(wxEVT_IDLE, [frame](wxIdleEvent& e) {
                    if (frame->home()->refreshes() > 0) report_and_exit();
                    e.RequestMore();
                });
            });
    }
    std::unique_ptr<td::app::TaskRunner> runner_;
    std::shared_ptr<td::app::Desk> desk_;
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(Probe);

int main(int argc, char** argv) {
    return wxEntry(argc, argv);
}
