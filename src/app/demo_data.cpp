#include "demo_data.h"

#include "td/core/application_service.h"
#include "td/core/customer_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"

namespace td::app {
namespace {

// Stops at the first refusal: a half-filled demo is still a usable database.
#define TD_DEMO_STEP(var, expr) \
    auto var = (expr);          \
    if (!var) return var.refusal()

}  // namespace

core::Outcome<core::Done> fill_demo(core::Context ctx) {
    core::StaffService staff(ctx);
    if (!staff.needs_bootstrap()) return core::refuse("demo_needs_empty_database", "db");
    core::PolicyService(ctx).ensure_defaults();

    TD_DEMO_STEP(branch,
                 staff.add_branch(std::nullopt, {"001", "本店営業部", "東京都千代田区丸の内1-1-1",
                                                 "03-1234-5678"}));
    TD_DEMO_STEP(first_admin, staff.add_staff(std::nullopt, {"admin", "管理 一郎", "001", "admin",
                                                             "demo-admin-pw"}));
    TD_DEMO_STEP(admin, staff.sign_in("admin", "demo-admin-pw"));
    // Each replaces the password the administrator gave, as at a first sign-in, so that the
    // documented demo passwords sign in at once.
    TD_DEMO_STEP(teller_staff, staff.add_staff(admin.value(), {"teller1", "窓口 花子", "001",
                                                               "teller", "demo-first-pw"}));
    TD_DEMO_STEP(teller_own, staff.change_password("teller1", "demo-first-pw", "demo-teller-pw"));
    TD_DEMO_STEP(manager_staff, staff.add_staff(admin.value(), {"manager1", "検印 次郎", "001",
                                                                "manager", "demo-first-pw"}));
    TD_DEMO_STEP(manager_own,
                 staff.change_password("manager1", "demo-first-pw", "demo-manager-pw"));
    TD_DEMO_STEP(teller, staff.sign_in("teller1", "demo-teller-pw"));

    core::CustomerService customers(ctx);
    TD_DEMO_STEP(contract, customers.add_contract(
                               teller.value(),
                               {"1000001", "株式会社さくら商事", "カブシキガイシャサクラショウジ",
                                "桜井 太郎", "代表取締役", "100-0005", "東京都千代田区丸の内2-2-2",
                                "03-9876-5432", "001"}));
    TD_DEMO_STEP(user, customers.add_user(teller.value(), {"sakura01", "1000001", "桜井 太郎",
                                                           "master", "sakura.taro@docomo.ne.jp"}));
    // Waiting for a manager's approval, so the home screen has something to show.
    TD_DEMO_STEP(intake,
                 core::ApplicationService(ctx).apply_software_token(
                     teller.value(),
                     {"sakura01", "2580", false, {"", true, true, "桜井 太郎", "principal", ""}}));
    return core::Done{};
}

#undef TD_DEMO_STEP

}  // namespace td::app
