#include <gtest/gtest.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include <filesystem>
#include <fstream>

#include "gui_desk.h"
#include "gui_pump.h"
#include "half_width.h"
#include "intake_dialog.h"
#include "message_line.h"
#include "session.h"
#include "td/core/application_service.h"

namespace td::app::test {
namespace {

class IntakeTest : public GuiDeskTest {
  protected:
    void TearDown() override {
        if (dialog_) dialog_->Destroy();
        settle();
        GuiDeskTest::TearDown();
    }
    IntakeDialog* open(Procedure p) {
        session_.emplace(Session{*desk_, *runner_, sign_in("teller1", "teller-password"), {}});
        dialog_ = new IntakeDialog(nullptr, *session_, p, "sakura01");
        dialog_->Show();
        return dialog_;
    }
    std::optional<Session> session_;
    IntakeDialog* dialog_ = nullptr;
};

TEST(HalfWidth, FullWidthDigitsBecomeHalfWidthOthersStay) {
    EXPECT_EQ(half_width_digits(wxString::FromUTF8("２５８０")), "2580");
    EXPECT_EQ(half_width_digits(wxString::FromUTF8("①２a")), wxString::FromUTF8("①2a"));
}

TEST_F(IntakeTest, ConfirmNeedsTheWrittenFormChecks) {
    IntakeDialog* d = open(Procedure::unlock);
    EXPECT_FALSE(d->to_confirm());
    EXPECT_FALSE(d->message()->GetLabel().empty());
}

TEST_F(IntakeTest, SoftwareTokenWithAGeneratedPasswordIsEnteredAndShownOnce) {
    IntakeDialog* d = open(Procedure::software_token);
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    d->visitor_field()->SetValue(wxString::FromUTF8("桜井 太郎"));
    d->password_source()->SetSelection(1);
    ASSERT_TRUE(d->to_confirm());
    d->execute();
    ASSERT_TRUE(pump_until([&] { return d->done() || !d->message()->GetLabel().empty(); }));
    ASSERT_TRUE(d->done()) << d->message()->GetLabel();
    EXPECT_TRUE(d->result_text()->GetLabel().Contains(wxString::FromUTF8("検印待ち")));
    const auto view = core::ApplicationService(desk_->context())
                          .show(sign_in("manager1", "manager-password"), d->application_id());
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view.value().application.state, core::ApplicationState::entered);
    EXPECT_TRUE(view.value().application.start_password_generated);
}

TEST_F(IntakeTest, SoftwareTokenForOnlineIssuanceTakesNoPasswordAtTheCounter) {
    IntakeDialog* d = open(Procedure::software_token);
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    d->password_source()->SetSelection(2);
    ASSERT_TRUE(d->to_confirm());
    EXPECT_TRUE(d->confirm_text()->GetLabel().Contains(
        wxString::FromUTF8("インターネットバンキングでお客様が設定")));
    d->execute();
    ASSERT_TRUE(pump_until([&] { return d->done() || !d->message()->GetLabel().empty(); }));
    ASSERT_TRUE(d->done()) << d->message()->GetLabel();
    const auto view = core::ApplicationService(desk_->context())
                          .show(sign_in("manager1", "manager-password"), d->application_id());
    ASSERT_TRUE(view.ok());
    EXPECT_TRUE(view.value().application.online_issuance);
    EXPECT_TRUE(view.value().application.start_password_hash.empty());
}

TEST_F(IntakeTest, ResultPrintsThePreFilledForm) {
    IntakeDialog* d = open(Procedure::misuse_report);
    d->details_field()->SetValue(wxString::FromUTF8("身に覚えのない振込の通知"));
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    ASSERT_TRUE(d->to_confirm());
    d->execute();
    ASSERT_TRUE(pump_until([&] { return d->done() || !d->message()->GetLabel().empty(); }));
    ASSERT_TRUE(d->done()) << d->message()->GetLabel();
    std::string path;
    d->print_form([&](const std::string& p) { path = p; });
    ASSERT_TRUE(pump_until([&] { return !path.empty(); }));
    std::ifstream in(path, std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    EXPECT_EQ(head, "%PDF-");
    std::filesystem::remove(path);
}

TEST_F(IntakeTest, CoresRefusalComesBackToTheInputStep) {
    IntakeDialog* d = open(Procedure::software_token);
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    d->password_field()->SetValue("12");  // too short for the rule
    d->password_again_field()->SetValue("12");
    ASSERT_TRUE(d->to_confirm());
    d->execute();
    ASSERT_TRUE(pump_until([&] { return !d->message()->GetLabel().empty(); }));
    EXPECT_FALSE(d->done());
}

// Enter pressed twice on 確認 as the window system sends it: the second press lands on 戻る,
// never on 実行, so nothing is entered without a deliberate Tab to 実行.
TEST_F(IntakeTest, ADoubleEnterOnConfirmDoesNotExecute) {
    IntakeDialog* d = open(Procedure::unlock);
    d->seal_box()->SetValue(true);
    d->identity_box()->SetValue(true);
    d->Raise();
    d->FindWindow(XRCID("next"))->SetFocus();
    pump_until([] { return false; }, 300);
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_RETURN);
    pump_until([] { return false; }, 200);
    keyboard.Char(WXK_RETURN);
    pump_until([] { return false; }, 1000);
    EXPECT_FALSE(d->done());
    EXPECT_EQ(runner_->pending(), 0);
}

}  // namespace
}  // namespace td::app::test
