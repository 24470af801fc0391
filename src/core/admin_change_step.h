#pragma once
// Private: how the staff, policy and stock services hand an administrative change to the
// enter -> approve flow (AdminService), and the rules each kind keeps at both moments.
#include <functional>
#include <string>

#include "admin_payload.h"
#include "step.h"
#include "td/core/context.h"
#include "td/core/outcome.h"
#include "td/core/validation.h"

namespace td::core::detail {

// The maker of changes made before anyone can sign in (an empty database).
inline const std::string kSetupActor = "setup";

struct ChangeDraft {
    AdminChangeKind kind = AdminChangeKind::policy_set;
    std::string target;
    std::string summary;
    Fields payload;
};

// The rules of each kind, checked at entry and again at approval against what the database
// holds then; `maker` is who entered the change.
Check check_change(Transaction& tx, AdminChangeKind kind, const Fields& f,
                   const std::string& maker);
// Makes an approved change and audits its effect (the services' own events: staff_added, …).
void apply_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f);

Check check_staff_change(Transaction& tx, AdminChangeKind kind, const Fields& f,
                         const std::string& maker);
void apply_staff_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f);
Check check_policy_change(Transaction& tx, const Fields& f);
void apply_policy_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f);
Check check_stock_change(Transaction& tx, AdminChangeKind kind, const Fields& f);
Check check_retention_change(Transaction& tx, const Fields& f);
void apply_retention_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f);
void apply_stock_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f);

// Administrators who are not disabled: two or more put every change under dual control.
std::int64_t active_admins(Transaction& tx);
// The actor as the database knows them now: an administrator, not disabled since signing in.
Check require_active_admin(Transaction& tx, const Actor& actor);
// For the effect's audit event: which change, and who approved it (or that it took effect at
// once under a single administrator).
std::string change_note(const AdminChange& c);

// Inside a step's transaction: refuses what check_change refuses and a target that already has
// a pending change; stores the change pending while two or more administrators are active,
// otherwise applies it at once. `attach` runs once the change has its id, before any apply
// (an import stores its devices, pending, under that id).
Outcome<AdminChange> enter_change(Context& ctx, Transaction& tx, const std::string& maker,
                                  ChangeDraft draft,
                                  const std::function<void(std::int64_t)>& attach = {});

// One entry step in one transaction; a second pending change of the same target entered at
// the same moment is refused as the first check would have refused it.
template <class F>
Outcome<AdminChange> run_change_step(Store& store, const std::string& target, F&& step) {
    try {
        return run_step<AdminChange>(store, std::forward<F>(step));
    } catch (const UniqueViolation&) {
        return refuse("admin_change_pending", "").with("target", target);
    }
}

}  // namespace td::core::detail
