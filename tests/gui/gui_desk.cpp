#include "gui_desk.h"

#include <wx/window.h>

#include <cstdlib>

#include "gui_pump.h"
#include "i18n.h"
#include "td/core/application_service.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"
#include "td/core/stock_service.h"
#include "td/core/token_service.h"
#include "td/runtime/seed_file.h"

namespace td::app::test {
namespace {

template <class T>
T must(core::Outcome<T> o) {
    if (!o) throw std::runtime_error("test set-up refused: " + o.refusal().code);
    return std::move(o).value();
}

}  // namespace

void GuiDeskTest::SetUp() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "td-gui-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    // 10:00 Japan time: today's work is this pinned day whatever the wall clock says.
    auto clock = std::make_unique<core::ManualClock>(*core::parse_iso("2026-11-26T01:00:00Z"));
    clock_ = clock.get();
    // A new database, as the first-run wizard makes one.
    desk_ = std::make_unique<Desk>("sqlite:" + (dir_ / "desk.db").string(), dir_ / "desk.key",
                                   std::move(clock), /*fast_password_hashing=*/true,
                                   runtime::Opening::create);
    runner_ = std::make_unique<TaskRunner>();
    set_ui_language(core::Language::ja);

    core::Context ctx = desk_->context();
    core::StaffService staff(ctx);
    core::PolicyService(ctx).ensure_defaults();
    must(staff.add_branch(std::nullopt,
                          {"001", "本店営業部", "東京都千代田区丸の内1-1-1", "03-1234-5678"}));
    must(staff.add_staff(std::nullopt, {"admin", "管理 一郎", "001", "admin", "admin-password"}));
    const auto admin = sign_in("admin", "admin-password");
    // Each replaces the password the administrator gave at first sign-in, as at a branch.
    must(staff.add_staff(admin, {"teller1", "窓口 花子", "001", "teller", "first-teller-pw"}));
    must(staff.change_password("teller1", "first-teller-pw", "teller-password"));
    must(staff.add_staff(admin, {"manager1", "検印 次郎", "001", "manager", "first-manager-pw"}));
    must(staff.change_password("manager1", "first-manager-pw", "manager-password"));
    const auto teller = sign_in("teller1", "teller-password");
    core::CustomerService customers(ctx);
    must(customers.add_contract(
        teller, {"1000001", "株式会社さくら商事", "サクラショウジ", "桜井 太郎", "代表取締役",
                 "100-0005", "東京都千代田区丸の内2-2-2", "03-9876-5432", "001"}));
    must(customers.add_user(
        teller, {"sakura01", "1000001", "桜井 太郎", "master", "sakura.taro@docomo.ne.jp"}));
    must(customers.add_contract(
        teller, {"2000002", "有限会社みどり園芸", "ミドリエンゲイ", "緑川 花子", "取締役",
                 "100-0006", "東京都千代田区有楽町1-1-1", "03-1111-2222", "001"}));
    must(customers.add_user(teller,
                            {"midori01", "2000002", "緑川 花子", "master", "midori@docomo.ne.jp"}));
}

void GuiDeskTest::TearDown() {
    for (auto it = owned_.rbegin(); it != owned_.rend(); ++it) (*it)->Destroy();
    if (!owned_.empty()) settle();
    owned_.clear();
    runner_.reset();
    desk_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

core::Actor GuiDeskTest::sign_in(const std::string& id, const std::string& password) {
    return must(core::StaffService(desk_->context()).sign_in(id, password));
}

void GuiDeskTest::import_stock(const std::string& file, const std::string& key_hex) {
    auto request = must(runtime::read_seed_file(file, "001", {key_hex, ""}));
    must(core::StockService(desk_->context())
             .import_devices(sign_in("admin", "admin-password"), request));
}

core::FormInput GuiDeskTest::checked_form() const {
    return {"", true, true, "桜井 太郎", "principal", ""};
}

void GuiDeskTest::lock_sakura() {
    core::ApplicationService applications(desk_->context());
    const auto manager = sign_in("manager1", "manager-password");
    const auto approved = must(applications.approve(manager, enter_application()));
    const core::Token& t = *approved.token;
    core::TokenService tokens(desk_->context());
    must(tokens.activate({t.service_id, t.token_user_id, "2580"}));
    for (int i = 0; i < 20; ++i) {
        const auto r = must(tokens.verify_otp("sakura01", "000000"));
        if (r.otp_state == core::OtpState::locked) return;
    }
    throw std::runtime_error("test set-up: sakura01 did not lock");
}

std::int64_t GuiDeskTest::enter_application(const std::string& login_id) {
    const auto teller = sign_in("teller1", "teller-password");
    return must(core::ApplicationService(desk_->context())
                    .apply_software_token(
                        teller,
                        {login_id, "2580", false, {"", true, true, "桜井 太郎", "principal", ""}}))
        .application.id;
}

}  // namespace td::app::test
