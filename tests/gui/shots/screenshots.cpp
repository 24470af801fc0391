// Takes the screenshots of docs/screenshots (login, home, search, user detail, intake, approval,
// printing, stock, settings) on a demo database with a pinned clock. Not a test: run by hand
// under Xvfb, see docs/teller-manual-ja.md.
//   xvfb-run -a -s "-screen 0 1280x800x24" gui_screenshots OUT_DIR [--ask PREFIX]
// --ask: for the Windows build under Wine (scripts/windows-screenshots.sh), which cannot run
// ImageMagick itself: each shot is asked for on standard output ("shot NAME X Y W H", NAME
// with PREFIX) and taken by the caller, who answers with a line on standard input.
#include <wx/app.h>
#include <wx/checkbox.h>
#include <wx/evtloop.h>
#include <wx/choice.h>
#include <wx/init.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "approval_panel.h"
#include "demo_data.h"
#include "desk.h"
#include "forms.h"
#include "home_panel.h"
#include "i18n.h"
#include "intake_dialog.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "policy_rows.h"
#include "print_panel.h"
#include "search_panel.h"
#include "settings_dialog.h"
#include "stock_import_dialog.h"
#include "stock_panel.h"
#include "td/core/application_service.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/stock_service.h"
#include "td/runtime/seed_file.h"
#include "user_detail_panel.h"

namespace {

using namespace td;

void pump(const std::function<bool()>& done) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!done() && std::chrono::steady_clock::now() < until) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    // Let GTK paint what changed.
    for (int i = 0; i < 50; ++i) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

std::string g_prefix;
bool g_ask = false;

void ask_for_shot(const std::string& name, const wxRect& r) {
    std::cout << "shot " << name << " " << r.x << " " << r.y << " " << r.width << " "
              << r.height << std::endl;
    std::string answer;
    std::getline(std::cin, answer);
}

void shoot(const std::filesystem::path& out, const wxWindow* w, const char* name) {
    const wxRect r = w->GetScreenRect();
    if (g_ask) return ask_for_shot(g_prefix + name, r);
    const std::string cmd = "import -silent -window root -crop " + std::to_string(r.width) + "x" +
                            std::to_string(r.height) + "+" + std::to_string(r.x) + "+" +
                            std::to_string(r.y) + " +repage -colors 256 " + (out / name).string();
    if (std::system(cmd.c_str()) != 0) std::cerr << "import failed: " << name << "\n";
}

core::Actor must_sign_in(app::Desk& desk, const char* id, const char* pw) {
    auto a = core::StaffService(desk.context()).sign_in(id, pw);
    if (!a) throw std::runtime_error(a.refusal().code);
    return a.value();
}

// The vendor's sample files of tests/data/pskc into branch 001's stock.
void import_samples(app::Desk& desk, const core::Actor& admin) {
    const std::string data = TD_TEST_DATA_DIR "/pskc/";
    const std::pair<const char*, const char*> files[] = {
        {"rfc6030-figure6.pskcxml", "12345678901234567890123456789012"},
        {"tokendesk-totp.pskcxml", ""},
    };
    for (const auto& [file, key] : files) {
        auto request = runtime::read_seed_file(data + file, "001", {key, ""});
        if (!request) throw std::runtime_error(request.refusal().code);
        (void)core::StockService(desk.context()).import_devices(admin, request.value());
    }
}

class ShotsApp : public wxApp {
  public:
    bool OnInit() override {
        app::load_forms();
        return true;
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2 && !(argc == 4 && std::string(argv[2]) == "--ask")) {
        std::cerr << "usage: gui_screenshots OUT_DIR [--ask PREFIX]\n";
        return 2;
    }
    if (argc == 4) {
        g_ask = true;
        g_prefix = argv[3];
        argc = 2;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out);
    const auto dir = std::filesystem::temp_directory_path() / "td-shots";
    std::filesystem::remove_all(dir);
    wxApp::SetInstance(new ShotsApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) return 2;
    // Yield only dispatches (paints, on Windows) inside an active event loop; there is no
    // MainLoop here.
    auto event_loop = std::make_unique<wxEventLoopGuarantor>();
    app::set_ui_language(core::Language::ja);
    {
        auto clock =
            std::make_unique<core::ManualClock>(*core::parse_iso("2026-11-26T10:30:00+09:00"));
        core::ManualClock& now = *clock;
        app::Desk desk("sqlite:" + (dir / "demo.db").string(), dir / "demo.key", std::move(clock),
                       true, runtime::Opening::create);
        if (!app::fill_demo(desk.context())) return 3;
        const auto teller = must_sign_in(desk, "teller1", "demo-teller-pw");
        core::CustomerService customers(desk.context());
        (void)customers.add_contract(
            teller, {"1000002", "さくら運輸株式会社", "サクラウンユ", "佐倉 次郎", "代表取締役",
                     "100-0006", "東京都千代田区有楽町1-2-3", "03-5555-1234", "001"});
        (void)customers.add_user(
            teller, {"sakura-un", "1000002", "佐倉 次郎", "master", "sakura.jiro@docomo.ne.jp"});
        (void)customers.add_user(
            teller, {"sakura-un2", "1000002", "桜田 三郎", "general", "sakurada@docomo.ne.jp"});
        app::TaskRunner runner;

        bool signed_in = false;
        app::LoginHooks hooks;
        hooks.signed_in = [&](const core::Actor&) { signed_in = true; };
        auto* login = app::LoginDialog::open(nullptr, desk, runner, app::LoginMode::sign_in,
                                             "teller1", hooks);
        login->password_field()->ChangeValue("wrong-password");
        login->submit();
        pump([&] { return !login->password_error()->GetLabel().empty(); });
        login->password_field()->ChangeValue("demo-teller-pw");
        pump([] { return false; });
        shoot(out, login, "login.png");
        login->Destroy();
        // The first sign-in with a password an administrator set: the new password fields.
        {
            core::StaffService staff(desk.context());
            (void)staff.add_staff(must_sign_in(desk, "admin", "demo-admin-pw"),
                                  {"teller2", "窓口 二子", "001", "teller", "given-by-admin"});
            auto* change = app::LoginDialog::open(nullptr, desk, runner, app::LoginMode::sign_in,
                                                  "teller2", {});
            change->password_field()->ChangeValue("given-by-admin");
            change->submit();
            pump([&] { return change->changing_password(); });
            shoot(out, change, "login-password-change.png");
            change->Destroy();
        }

        auto* frame =
            new app::MainFrame(desk, runner, must_sign_in(desk, "manager1", "demo-manager-pw"), 0);
        frame->Move(0, 0);
        frame->Show();
        pump([&] { return frame->home()->refreshes() >= 1; });
        shoot(out, frame, "home.png");

        frame->show_page(app::Page::search);
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("search_query", frame))
            ->SetValue(wxString::FromUTF8("サクラ"));
        pump([&] { return frame->search()->answers() >= 1; });
        shoot(out, frame, "search.png");

        frame->show_page(app::Page::approvals);
        pump([&] { return frame->approvals()->answers() >= 2; });
        shoot(out, frame, "approval.png");

        // Approved, the user has a token waiting for the customer's initial setup.
        const auto manager = must_sign_in(desk, "manager1", "demo-manager-pw");
        core::ApplicationService apps(desk.context());
        const auto waiting = apps.list(manager, {});
        if (waiting && !waiting.value().empty())
            (void)apps.approve(manager, waiting.value().front().id);
        frame->open_user("sakura01");
        pump([&] { return frame->user_detail()->answers() >= 1; });
        shoot(out, frame, "user-detail.png");

        app::Session session{desk, runner, teller, {}};
        // A software token's intake with its three ways to the usage-start password, the
        // customer's online issuance chosen.
        auto* software =
            new app::IntakeDialog(frame, session, app::Procedure::software_token, "sakura01");
        software->Show();
        software->password_source()->SetSelection(2);
        wxCommandEvent chose(wxEVT_CHOICE, software->password_source()->GetId());
        software->password_source()->ProcessWindowEvent(chose);
        pump([] { return false; });
        shoot(out, software, "intake-software.png");
        software->Destroy();

        auto* intake = new app::IntakeDialog(frame, session, app::Procedure::revoke, "sakura01");
        intake->Show();
        intake->seal_box()->SetValue(true);
        intake->identity_box()->SetValue(true);
        intake->visitor_field()->ChangeValue(wxString::FromUTF8("桜井 太郎"));
        pump([] { return false; });
        shoot(out, intake, "intake-input.png");
        intake->to_confirm();
        pump([] { return false; });
        shoot(out, intake, "intake-confirm.png");
        intake->execute();
        pump([&] { return intake->done(); });
        shoot(out, intake, "intake-result.png");
        const std::int64_t revoke_id = intake->application_id();
        intake->Destroy();

        // A misuse report after the revoke was entered: the approval shows what changed.
        now.advance(std::chrono::minutes(12));
        (void)apps.apply_misuse_report(teller, {"sakura01",
                                                "身に覚えのない振込の通知が届いた",
                                                {"", true, true, "桜井 太郎", "principal", ""}});
        frame->show_page(app::Page::approvals);
        pump([&] { return frame->approvals()->answers() >= 3; });
        auto* queue =
            dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName("approval_queue", frame));
        const long row =
            queue->FindItem(-1, wxString::Format("%lld", static_cast<long long>(revoke_id)));
        const int before = frame->approvals()->answers();
        if (row >= 0) queue->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        pump([&] { return frame->approvals()->answers() > before; });
        shoot(out, frame, "approval-changes.png");

        frame->show_page(app::Page::print);
        pump([&] { return frame->printing()->answers() >= 1; });
        shoot(out, frame, "print.png");

        app::Session admin{desk, runner, must_sign_in(desk, "admin", "demo-admin-pw"), {}};

        // The stock (F10) as the administrator sees it, and the import dialog.
        import_samples(desk, admin.actor);
        auto* stock_frame =
            new wxFrame(nullptr, wxID_ANY, "TokenDesk", wxPoint(0, 0), wxSize(1000, 760));
        auto* stock = new app::StockPanel(stock_frame, admin);
        stock_frame->Show();
        stock->refresh();
        pump([&] { return stock->answers() >= 1; });
        shoot(out, stock_frame, "stock.png");
        auto* import_dialog =
            new app::StockImportDialog(stock_frame, "rfc6030-figure6.pskcxml", "001");
        import_dialog->Show();
        import_dialog->key_field()->ChangeValue("12345678901234567890123456789012");
        pump([] { return false; });
        shoot(out, import_dialog, "stock-import.png");
        import_dialog->Destroy();

        // A second administrator: a move of stock and a rule change now wait for approval.
        core::StaffService staff(desk.context());
        (void)staff.add_branch(admin.actor, {"002", "新宿支店", "", ""});
        (void)staff.add_staff(admin.actor, {"admin2", "管理 二郎", "001", "admin", "demo-admin2-pw"});
        stock->execute_transfer("TD-0001", "002");
        pump([&] { return stock->answers() >= 3 && stock->pending()->answers() >= 2; });
        shoot(out, stock_frame, "stock-dual-control.png");
        stock_frame->Destroy();
        (void)core::PolicyService(desk.context()).set(admin.actor, "lock_threshold", "7");

        // A hardware token for a user without a token: the serial from the stock.
        auto* hardware =
            new app::IntakeDialog(frame, session, app::Procedure::hardware_token, "sakura-un");
        hardware->Show();
        pump([&] { return hardware->stock_loaded(); });
        hardware->serial_choice()->SetSelection(0);
        hardware->seal_box()->SetValue(true);
        hardware->identity_box()->SetValue(true);
        hardware->visitor_field()->ChangeValue(wxString::FromUTF8("佐倉 次郎"));
        pump([] { return false; });
        shoot(out, hardware, "intake-hardware.png");
        hardware->to_confirm();
        pump([] { return false; });
        shoot(out, hardware, "intake-hardware-confirm.png");
        hardware->execute();
        pump([&] { return hardware->done(); });
        const std::int64_t hardware_id = hardware->application_id();
        hardware->Destroy();

        // Its approval shows the serial; the manager keys in the device's code next.
        frame->show_page(app::Page::approvals);
        const int queued = frame->approvals()->answers();
        pump([&] { return frame->approvals()->answers() > queued + 1; });
        const long hardware_row =
            queue->FindItem(-1, wxString::Format("%lld", static_cast<long long>(hardware_id)));
        const int shown = frame->approvals()->answers();
        if (hardware_row >= 0)
            queue->SetItemState(hardware_row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        pump([&] { return frame->approvals()->answers() > shown; });
        shoot(out, frame, "approval-hardware.png");
        // A correction of the contract (契約内容変更): entered from the user detail, shown
        // before → after at confirmation and again on the approval page.
        const auto sakura = core::CustomerService(desk.context()).show_user(teller, "sakura01");
        if (sakura) {
            const core::Contract registered = sakura.value().contract;
            auto* correction = new app::IntakeDialog(
                frame, session, app::Procedure::contract_update, "sakura01", &registered);
            correction->Show();
            correction->contract_field("address")->ChangeValue(
                wxString::FromUTF8("東京都千代田区丸の内3-3-3 さくらビル5階"));
            correction->contract_field("phone")->ChangeValue("03-5555-0101");
            correction->seal_box()->SetValue(true);
            correction->identity_box()->SetValue(true);
            pump([] { return false; });
            shoot(out, correction, "contract-update-input.png");
            correction->to_confirm();
            pump([] { return false; });
            shoot(out, correction, "contract-update-confirm.png");
            correction->execute();
            pump([&] { return correction->done(); });
            const std::int64_t correction_id = correction->application_id();
            correction->Destroy();
            const int listed = frame->approvals()->answers();
            frame->approvals()->refresh();
            pump([&] { return frame->approvals()->answers() > listed + 1; });
            const long correction_row = queue->FindItem(
                -1, wxString::Format("%lld", static_cast<long long>(correction_id)));
            const int before_pick = frame->approvals()->answers();
            if (correction_row >= 0)
                queue->SetItemState(correction_row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            pump([&] { return frame->approvals()->answers() > before_pick; });
            shoot(out, frame, "approval-contract-update.png");
        }

        auto* settings = new app::SettingsDialog(frame, runner, &admin, desk.database_url(),
                                                 desk.key_file().string());
        settings->Show();
        pump([&] { return settings->policy()->loaded(); });
        shoot(out, settings, "settings.png");
        dynamic_cast<wxNotebook*>(wxWindow::FindWindowByName("settings_pages", settings))
            ->SetSelection(1);
        pump([] { return false; });
        shoot(out, settings, "settings-rules.png");
        settings->Destroy();

        frame->lock_screen();
        pump([] { return false; });
        shoot(out, frame, "locked.png");
        frame->Destroy();
        pump([] { return false; });
    }
    if (g_ask) std::cout << "done" << std::endl;
    event_loop.reset();
    wxTheApp->OnExit();
    wxEntryCleanup();
    std::filesystem::remove_all(dir);
    return 0;
}
