// The printing page and the administrator's settings, driven directly.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "gui_desk.h"
#include "gui_pump.h"
#include "pending_changes.h"
#include "policy_rows.h"
#include "print_panel.h"
#include "session.h"
#include "settings_dialog.h"
#include "td/core/inquiry_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"

namespace td::app::test {
namespace {

std::string head_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    return head;
}

class PrintPanelTest : public GuiDeskTest {
  protected:
    void TearDown() override {
        if (frame_) frame_->Destroy();
        settle();
        GuiDeskTest::TearDown();
    }
    PrintPanel* open_as(const std::string& id, const std::string& password) {
        session_.emplace(Session{*desk_, *runner_, sign_in(id, password), {}});
        frame_ = new wxFrame(nullptr, wxID_ANY, "print");
        auto* panel = new PrintPanel(frame_, *session_);
        frame_->Show();
        panel->refresh();
        EXPECT_TRUE(pump_until([&] { return panel->answers() >= 1; }));
        return panel;
    }
    std::int64_t approved_application() {
        const auto id = enter_application();
        EXPECT_TRUE(core::ApplicationService(desk_->context())
                        .approve(sign_in("manager1", "manager-password"), id));
        return id;
    }
    std::size_t unprinted() {
        return core::InquiryService(desk_->context())
            .home(sign_in("manager1", "manager-password"))
            .value()
            .unprinted_notices.size();
    }
    std::optional<Session> session_;
    wxFrame* frame_ = nullptr;
};

TEST_F(PrintPanelTest, ANoticeIsPrintedToAFileAndRecorded) {
    const auto id = approved_application();
    ASSERT_EQ(unprinted(), 1u);
    PrintPanel* p = open_as("teller1", "teller-password");
    p->reprint_id()->SetValue(wxString::Format("%lld", static_cast<long long>(id)));
    std::string path;
    p->print_reprint([&](const std::string& saved) { path = saved; });
    ASSERT_TRUE(pump_until([&] { return !path.empty() || !p->message()->GetLabel().empty(); }));
    ASSERT_FALSE(path.empty()) << p->message()->GetLabel();
    EXPECT_EQ(head_of(path), "%PDF-");
    EXPECT_GT(std::filesystem::file_size(path), 10000u);
    EXPECT_EQ(unprinted(), 0u);
    std::filesystem::remove(path);
}

// Customer letters are the teller's alone: a directory of this run inside the user's private
// temporary directory, both 0700 and the user's own, the PDF 0600, never the shared
// /tmp/tokendesk of earlier versions.
TEST_F(PrintPanelTest, APrintedPdfIsReadableByItsUserOnly) {
    const auto id = approved_application();
    const mode_t saved_umask = ::umask(0);
    PrintPanel* p = open_as("teller1", "teller-password");
    p->reprint_id()->SetValue(wxString::Format("%lld", static_cast<long long>(id)));
    std::string path;
    p->print_reprint([&](const std::string& saved) { path = saved; });
    ASSERT_TRUE(pump_until([&] { return !path.empty() || !p->message()->GetLabel().empty(); }));
    ::umask(saved_umask);
    ASSERT_FALSE(path.empty()) << p->message()->GetLabel();
    auto private_to_me = [](const std::filesystem::path& where, unsigned mode) {
        struct stat st {};
        ASSERT_EQ(::lstat(where.c_str(), &st), 0) << where;
        EXPECT_EQ(st.st_mode & 07777, mode) << where;
        EXPECT_EQ(st.st_uid, ::geteuid()) << where;
        EXPECT_FALSE(S_ISLNK(st.st_mode)) << where;
    };
    const std::filesystem::path pdf(path);
    private_to_me(pdf, 0600);
    private_to_me(pdf.parent_path(), 0700);
    private_to_me(pdf.parent_path().parent_path(), 0700);
    EXPECT_NE(pdf.parent_path().parent_path(), std::filesystem::temp_directory_path() / "tokendesk");
    // The temporary file it was written through (".notice-12.pdf.XXXXXX") was renamed into place.
    for (const auto& e : std::filesystem::directory_iterator(pdf.parent_path()))
        EXPECT_NE(e.path().filename().string().front(), '.') << e.path();
    std::filesystem::remove(pdf);
}

TEST_F(PrintPanelTest, ThePendingBatchPrintsEveryUnprintedNotice) {
    approved_application();
    PrintPanel* p = open_as("teller1", "teller-password");
    std::string path;
    p->print_pending([&](const std::string& saved) { path = saved; });
    ASSERT_TRUE(pump_until([&] { return !path.empty() || !p->message()->GetLabel().empty(); }));
    ASSERT_FALSE(path.empty()) << p->message()->GetLabel();
    EXPECT_EQ(head_of(path), "%PDF-");
    EXPECT_EQ(unprinted(), 0u);
    std::filesystem::remove(path);
}

TEST_F(PrintPanelTest, ABadApplicationNumberIsToldAndNothingIsPrinted) {
    PrintPanel* p = open_as("teller1", "teller-password");
    p->reprint_id()->SetValue("12a");
    bool printed = false;
    p->print_reprint([&](const std::string&) { printed = true; });
    EXPECT_FALSE(p->message()->GetLabel().empty());
    EXPECT_FALSE(printed);
}

TEST_F(PrintPanelTest, TheJournalIsTheManagersCoreRefusesATeller) {
    PrintPanel* teller = open_as("teller1", "teller-password");
    const int before = teller->answers();
    teller->print_journal([](const std::string&) {});
    ASSERT_TRUE(pump_until([&] { return teller->answers() > before; }));
    EXPECT_FALSE(teller->message()->GetLabel().empty());

    frame_->Destroy();
    frame_ = nullptr;
    PrintPanel* manager = open_as("manager1", "manager-password");
    EXPECT_EQ(manager->journal_date()->GetValue(), "2026-11-26");  // today, Japan time
    std::string path;
    manager->print_journal([&](const std::string& saved) { path = saved; });
    ASSERT_TRUE(pump_until([&] { return !path.empty(); }));
    EXPECT_EQ(head_of(path), "%PDF-");
    std::filesystem::remove(path);
}

TEST_F(PrintPanelTest, AManagerMakesLastMonthsReportAsPdfAndAsCsv) {
    PrintPanel* manager = open_as("manager1", "manager-password");
    EXPECT_EQ(manager->report_month()->GetValue(), "2026-10");  // last month, Japan time
    manager->report_month()->SetValue("2026-11");
    std::string pdf;
    manager->print_monthly([&](const std::string& saved) { pdf = saved; });
    ASSERT_TRUE(pump_until([&] { return !pdf.empty(); })) << manager->message()->GetLabel();
    EXPECT_EQ(head_of(pdf), "%PDF-");
    std::filesystem::remove(pdf);

    manager->report_format()->SetSelection(1);  // CSV for Excel
    std::string csv;
    manager->print_monthly([&](const std::string& saved) { csv = saved; });
    ASSERT_TRUE(pump_until([&] { return !csv.empty(); })) << manager->message()->GetLabel();
    EXPECT_EQ(head_of(csv).substr(0, 3), "\xEF\xBB\xBF");
    std::filesystem::remove(csv);

    // A month not begun is told, and nothing is made.
    manager->report_month()->SetValue("2027-01");
    const int before = manager->answers();
    bool made = false;
    manager->print_monthly([&](const std::string&) { made = true; });
    ASSERT_TRUE(pump_until([&] { return manager->answers() > before; }));
    EXPECT_FALSE(made);
    EXPECT_FALSE(manager->message()->GetLabel().empty());
}

class SettingsTest : public GuiDeskTest {
  protected:
    void SetUp() override {
        GuiDeskTest::SetUp();
        conf_ = dir_ / "conf" / "tokendesk.conf";
        ::setenv("TOKENDESK_CONF", conf_.c_str(), 1);
        ::setenv("TOKENDESK_SYSTEM_CONF", (dir_ / "none.conf").c_str(), 1);
    }
    void TearDown() override {
        if (dialog_) dialog_->Destroy();
        settle();
        ::unsetenv("TOKENDESK_CONF");
        ::unsetenv("TOKENDESK_SYSTEM_CONF");
        GuiDeskTest::TearDown();
    }
    SettingsDialog* open_as_admin() {
        session_.emplace(Session{*desk_, *runner_, sign_in("admin", "admin-password"), {}});
        dialog_ = new SettingsDialog(nullptr, *runner_, &*session_, desk_->database_url(),
                                     desk_->key_file().string());
        dialog_->Show();
        EXPECT_TRUE(pump_until([&] { return dialog_->policy()->loaded(); }));
        return dialog_;
    }
    std::filesystem::path conf_;
    std::optional<Session> session_;
    SettingsDialog* dialog_ = nullptr;
};

TEST_F(SettingsTest, TheConnectionTestReachesTheDatabaseInUse) {
    SettingsDialog* d = open_as_admin();
    EXPECT_EQ(d->database_url(), desk_->database_url());
    d->test_connection();
    ASSERT_TRUE(pump_until([&] { return d->answers() >= 1; }));
    EXPECT_TRUE(d->connection_result()->GetLabel().Contains(wxString::FromUTF8("接続しました")))
        << d->connection_result()->GetLabel();
}

TEST_F(SettingsTest, AServerThatDoesNotAnswerIsToldInTheTellersWords) {
    SettingsDialog* d = open_as_admin();
    dynamic_cast<wxRadioBox*>(wxWindow::FindWindowByName("db_kind", d))->SetSelection(1);
    dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("pg_host", d))->SetValue("127.0.0.1");
    dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("pg_port", d))->SetValue("1");
    dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("pg_password", d))->SetValue("hunter2");
    EXPECT_EQ(d->database_url(), "postgresql://127.0.0.1:1/tokendesk");  // no user: no password
    d->test_connection();
    ASSERT_TRUE(pump_until([&] { return d->answers() >= 1; }));
    const wxString said = d->connection_result()->GetLabel();
    EXPECT_TRUE(said.Contains(wxString::FromUTF8("応答しません"))) << said;
    EXPECT_FALSE(said.Contains("hunter2"));
}

TEST_F(SettingsTest, SavingWritesTokendeskConfForThisUserOnly) {
    SettingsDialog* d = open_as_admin();
    d->save();
    ASSERT_TRUE(pump_until([&] { return d->saved(); }));
    struct stat st {};
    ASSERT_EQ(::stat(conf_.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const auto saved = runtime::load_settings();
    EXPECT_EQ(saved.database, desk_->database_url());
    EXPECT_EQ(saved.key_file, desk_->key_file().string());
}

TEST_F(SettingsTest, APolicyValueIsCheckedByCoreAndSavedWhenRight) {
    SettingsDialog* d = open_as_admin();
    wxTextCtrl* threshold = d->policy()->field("lock_threshold");
    threshold->SetValue("many");
    d->save();
    ASSERT_TRUE(pump_until([&] { return d->answers() >= 1; }));
    EXPECT_FALSE(d->saved());
    EXPECT_EQ(core::PolicyService(desk_->context()).current().lock_threshold, 5);
    threshold->SetValue("3");
    d->save();
    ASSERT_TRUE(pump_until([&] { return d->saved(); }));
    EXPECT_EQ(core::PolicyService(desk_->context()).current().lock_threshold, 3);
}

TEST_F(SettingsTest, UnderDualControlARuleChangeIsMarkedAsWaitingAndApprovedByAnother) {
    const auto admin = sign_in("admin", "admin-password");
    core::StaffService staff(desk_->context());
    ASSERT_TRUE(staff.add_staff(admin, {"admin2", "管理 二郎", "001", "admin", "admin2-first-pw"})
                    .ok());
    ASSERT_TRUE(staff.change_password("admin2", "admin2-first-pw", "admin2-password").ok());
    SettingsDialog* d = open_as_admin();
    ASSERT_NE(d->pending(), nullptr);
    d->policy()->field("lock_threshold")->SetValue("3");
    d->save();
    ASSERT_TRUE(pump_until([&] { return d->answers() >= 1; }));
    EXPECT_FALSE(d->saved()) << "the dialog stays open to show what waits";
    EXPECT_EQ(core::PolicyService(desk_->context()).current().lock_threshold, 5);
    EXPECT_EQ(d->policy()->field("lock_threshold")->GetValue(), "5") << "the value in force";
    EXPECT_TRUE(d->policy()->note("lock_threshold")->GetLabel().Contains(
        wxString::FromUTF8("承認待ち")))
        << d->policy()->note("lock_threshold")->GetLabel();
    ASSERT_TRUE(pump_until([&] { return d->pending()->list()->GetItemCount() == 1; }));
    EXPECT_EQ(d->pending()->list()->GetItemText(0, 2), policy_key_words("lock_threshold"));
    EXPECT_EQ(d->pending()->list()->GetItemText(0, 4), "admin");

    session_->actor = sign_in("admin2", "admin2-password");
    const int before = d->pending()->answers();
    d->pending()->execute_approve(d->pending()->rows().at(0).id);
    ASSERT_TRUE(pump_until([&] { return d->pending()->answers() >= before + 2; }));
    EXPECT_EQ(core::PolicyService(desk_->context()).current().lock_threshold, 3);
    ASSERT_TRUE(pump_until(
        [&] { return d->policy()->field("lock_threshold")->GetValue() == "3"; }));
}

}  // namespace
}  // namespace td::app::test
