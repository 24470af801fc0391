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

TEST_F(LoginTest, APasswordAnAdministratorSetOpensTheNewPasswordFieldsAndIsChangedThere) {
    const auto admin = sign_in("admin", "admin-password");
    core::StaffService staff(desk_->context());
    ASSERT_TRUE(staff.add_staff(admin, {"teller2", "窓口 二子", "001", "teller", "given-password"}));
    LoginDialog* d = open();
    EXPECT_FALSE(d->new_password_field()->IsShown());
    d->staff_id_field()->SetValue("teller2");
    d->password_field()->SetValue("given-password");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return d->changing_password(); }));
    EXPECT_TRUE(d->new_password_field()->IsShown());
    EXPECT_TRUE(d->new_password_error()->GetLabel().Contains(wxString::FromUTF8("パスワードの変更が必要です")))
        << d->new_password_error()->GetLabel();
    EXPECT_EQ(d->password_field()->GetValue(), "given-password") << "the right password is kept";

    // Two typings that differ are refused here, before core is asked.
    d->new_password_field()->SetValue("my-own-password");
    d->new_password_again_field()->SetValue("my-own-passwort");
    d->submit();
    EXPECT_EQ(d->new_password_error()->GetLabel(),
              refusal_text(core::refuse("password_mismatch", "new_password")));
    // Core's rule on the new password is shown beside it.
    d->new_password_field()->SetValue("short-pw");
    d->new_password_again_field()->SetValue("short-pw");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return !d->new_password_error()->GetLabel().empty(); }));
    EXPECT_TRUE(d->new_password_error()->GetLabel().Contains("12")) << d->new_password_error()->GetLabel();
    EXPECT_FALSE(signed_in_.has_value());

    d->new_password_field()->SetValue("my-own-password");
    d->new_password_again_field()->SetValue("my-own-password");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return signed_in_.has_value(); }));
    EXPECT_EQ(signed_in_->staff_id, "teller2");
    EXPECT_TRUE(staff.sign_in("teller2", "my-own-password"));
}

TEST_F(LoginTest, StaffMayChangeTheirPasswordWhenTheyChoose) {
    LoginDialog* d = open();
    d->show_password_change(true);
    d->staff_id_field()->SetValue("teller1");
    d->password_field()->SetValue("teller-password");
    d->new_password_field()->SetValue("teller-password-2");
    d->new_password_again_field()->SetValue("teller-password-2");
    d->submit();
    ASSERT_TRUE(pump_until([&] { return signed_in_.has_value(); }));
    EXPECT_FALSE(core::StaffService(desk_->context()).sign_in("teller1", "teller-password"));
    EXPECT_TRUE(core::StaffService(desk_->context()).sign_in("teller1", "teller-password-2"));
}

}  // namespace
}  // namespace td::app::test
