#include <gtest/gtest.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>

#include "gui_desk.h"
#include "gui_pump.h"
#include "i18n.h"
#include "login_dialog.h"
#include "td/core/staff_service.h"

namespace td::app::test {
namespace {

class LoginTest : public GuiDeskTest {
  protected:
    LoginDialog* open() {
        LoginHooks hooks;
        hooks.signed_in = [this](const core::Actor& a) { signed_in_ = a; };
        return LoginDialog::open(nullptr, *desk_, *runner_, LoginMode::sign_in, {}, hooks);
    }
    std::optional<core::Actor> signed_in_;
};

TEST_F(LoginTest, RightPasswordSignsInAndClosesTheDialog) {
    LoginDialog* d = open();
    d->staff_id_field()->SetValue("teller1");
    d->password_field()->SetValue("teller-password");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return signed_in_.has_value(); }));
    EXPECT_EQ(signed_in_->staff_id, "teller1");
    EXPECT_EQ(signed_in_->role, core::Role::teller);
}

TEST_F(LoginTest, WrongPasswordShowsCoresMessageNextToThePassword) {
    LoginDialog* d = open();
    d->staff_id_field()->SetValue("teller1");
    d->password_field()->SetValue("not-the-password");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return !d->password_error()->GetLabel().empty(); }));
    EXPECT_EQ(d->password_error()->GetLabel(), refusal_text(core::refuse("sign_in_failed")));
    EXPECT_EQ(d->password_error()->GetLabel(),
              wxString::FromUTF8("職員IDまたはパスワードが正しくありません。"));
    EXPECT_TRUE(d->password_field()->GetValue().empty());
    EXPECT_FALSE(signed_in_.has_value());
    d->Destroy();
}

TEST_F(LoginTest, LockedStaffIsToldNextToTheStaffId) {
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(core::StaffService(desk_->context()).sign_in("teller1", "wrong").ok());
    LoginDialog* d = open();
    d->staff_id_field()->SetValue("teller1");
    d->password_field()->SetValue("teller-password");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return !d->staff_id_error()->GetLabel().empty(); }));
    EXPECT_EQ(d->staff_id_error()->GetLabel(),
              refusal_text(core::refuse("staff_locked").with("staff_id", "teller1")));
    d->Destroy();
}

}  // namespace
}  // namespace td::app::test
