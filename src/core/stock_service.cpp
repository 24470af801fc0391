#include "td/core/stock_service.h"

#include <set>

#include "admin_change_step.h"
#include "td/core/names.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

using detail::audit;
using detail::run_step;

// The bounds RFC 4226 and 6238 devices keep to; anything else is a damaged file.
Check check_seed(const DeviceSeed& d) {
    if (auto bad = check_serial("serial", d.serial)) return bad;
    if (auto bad = check_text("manufacturer", d.manufacturer, kMaxNameChars, false)) return bad;
    if (d.digits < 6 || d.digits > 8)
        return refuse("device_parameters", "digits").with("serial", d.serial);
    if (d.mode == OtpMode::totp && (d.period < 10 || d.period > 300))
        return refuse("device_parameters", "period").with("serial", d.serial);
    if (d.mode == OtpMode::hotp && d.counter < 0)
        return refuse("device_parameters", "counter").with("serial", d.serial);
    if (d.seed.size() < 10 || d.seed.size() > 64)
        return refuse("device_parameters", "seed").with("serial", d.serial);
    return std::nullopt;
}

std::string device_target(const std::string& serial) {
    return "device:" + serial;
}

Device without_seed(Device d) {
    d.sealed_seed.clear();
    return d;
}

}  // namespace

Outcome<ImportResult> StockService::import_devices(const Actor& actor, const ImportRequest& req) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    if (auto bad = check_branch_code("branch", req.branch_code)) return *bad;
    if (auto bad = check_text("source", req.source, kMaxNameChars, false)) return *bad;
    if (req.devices.empty()) return refuse("no_devices", "file");
    std::set<std::string> seen;
    for (const auto& d : req.devices) {
        if (auto bad = check_seed(d)) return *bad;
        if (!seen.insert(fold_id_case(d.serial)).second)
            return refuse("duplicate_serial", "serial").with("serial", d.serial);
    }
    // Sealed before the transaction: the database waits for no cipher.
    std::vector<Device> sealed;
    const TimePoint now = ctx_.clock.now();
    for (const auto& d : req.devices) {
        Device out;
        out.serial = d.serial;
        out.branch_code = req.branch_code;
        out.state = DeviceState::pending;
        out.manufacturer = d.manufacturer;
        out.mode = d.mode;
        out.algorithm = d.algorithm;
        out.digits = d.digits;
        out.period = d.mode == OtpMode::totp ? d.period : 0;
        out.counter = d.mode == OtpMode::hotp ? d.counter : -1;
        out.sealed_seed = ctx_.crypto.vault.seal(d.seed);
        out.imported_at = now;
        out.source = req.source;
        sealed.push_back(std::move(out));
    }
    const std::string count = std::to_string(sealed.size());
    detail::ChangeDraft draft{AdminChangeKind::stock_import,
                              "stock:" + req.branch_code,
                              "count=" + count + " first=" + sealed.front().serial +
                                  " last=" + sealed.back().serial + " source=" + req.source,
                              {{"branch", req.branch_code},
                               {"source", req.source},
                               {"count", count},
                               {"first", sealed.front().serial},
                               {"last", sealed.back().serial}}};
    try {
        return run_step<ImportResult>(ctx_.store, [&](Transaction& tx) -> Outcome<ImportResult> {
            if (auto bad = detail::require_active_admin(tx, actor)) return *bad;
            // The devices wait in the branch's stock as pending until the import is approved
            // (at once under a single administrator). The database refuses a serial already
            // in stock (primary key); the whole import then rolls back and the serial is
            // looked up below, off the path that succeeds.
            auto change = detail::enter_change(ctx_, tx, actor.staff_id, draft,
                                               [&](std::int64_t id) {
                                                   for (auto d : sealed) {
                                                       d.import_change = id;
                                                       tx.devices().insert(d);
                                                   }
                                               });
            if (!change) return change.refusal();
            return ImportResult{req.branch_code, std::int64_t(sealed.size()), change.value()};
        });
    } catch (const UniqueViolation&) {
        return serial_already_in_stock(sealed);
    }
}

Refusal StockService::serial_already_in_stock(const std::vector<Device>& refused) {
    std::optional<Refusal> found;
    ctx_.store.run([&](Transaction& tx) {
        for (const auto& d : refused)
            if (auto stored = tx.devices().key_ignoring_case(d.serial)) {
                found = refuse("serial_in_stock", "serial").with("serial", *stored);
                break;
            }
        return false;
    });
    // None by now: another import of the same devices was rolled back meanwhile.
    return found ? *found : refuse("import_conflict", "file");
}

Outcome<std::vector<Device>> StockService::list(const Actor& actor, const DeviceFilter& filter) {
    if (actor.staff_id.empty()) return refuse("sign_in_required", "as");
    if (filter.branch_code)
        if (auto bad = check_branch_code("branch", *filter.branch_code)) return *bad;
    std::vector<Device> out;
    ctx_.store.read([&](Transaction& tx) {
        for (auto& d : tx.devices().list(filter)) out.push_back(without_seed(std::move(d)));
    });
    return out;
}

Outcome<std::vector<DeviceCount>> StockService::counts(const Actor& actor) {
    if (actor.staff_id.empty()) return refuse("sign_in_required", "as");
    std::vector<DeviceCount> out;
    ctx_.store.read([&](Transaction& tx) { out = tx.devices().counts(); });
    return out;
}

Outcome<Device> StockService::find(const Actor& actor, const std::string& serial) {
    if (actor.staff_id.empty()) return refuse("sign_in_required", "as");
    if (auto bad = check_serial("serial", serial)) return *bad;
    std::optional<Device> found;
    ctx_.store.read([&](Transaction& tx) { found = tx.devices().find(serial); });
    if (!found) return refuse("unknown_serial", "serial");
    return without_seed(std::move(*found));
}

Outcome<AdminChange> StockService::transfer(const Actor& actor, const std::string& serial,
                                            const std::string& to_branch) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    if (auto bad = check_serial("serial", serial)) return *bad;
    if (auto bad = check_branch_code("to", to_branch)) return *bad;
    return enter(actor, {AdminChangeKind::stock_transfer,
                         device_target(serial),
                         "to=" + to_branch,
                         {{"serial", serial}, {"to", to_branch}}});
}

Outcome<AdminChange> StockService::retire(const Actor& actor, const std::string& serial) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    if (auto bad = check_serial("serial", serial)) return *bad;
    return enter(actor, {AdminChangeKind::stock_retire, device_target(serial), "", {{"serial", serial}}});
}

Outcome<AdminChange> StockService::enter(const Actor& actor, detail::ChangeDraft draft) {
    const std::string target = draft.target;
    return detail::run_change_step(ctx_.store, target, [&](Transaction& tx) -> Outcome<AdminChange> {
        if (auto bad = detail::require_active_admin(tx, actor)) return *bad;
        return detail::enter_change(ctx_, tx, actor.staff_id, std::move(draft));
    });
}

namespace detail {

Check check_stock_change(Transaction& tx, AdminChangeKind kind, const Fields& f) {
    if (kind == AdminChangeKind::stock_import) {
        if (!tx.branches().find(field_of(f, "branch"))) return refuse("unknown_branch", "branch");
        return std::nullopt;
    }
    const auto d = tx.devices().find(field_of(f, "serial"));
    if (!d) return refuse("unknown_serial", "serial");
    if (kind == AdminChangeKind::stock_transfer) {
        const auto& to = field_of(f, "to");
        if (!tx.branches().find(to)) return refuse("unknown_branch", "to");
        if (d->state != DeviceState::in_stock)
            return refuse("device_not_in_stock", "serial")
                .with("state", std::string(to_string(d->state)));
        if (d->branch_code == to) return refuse("same_branch", "to");
        return std::nullopt;
    }
    if (d->state != DeviceState::in_stock && d->state != DeviceState::lost)
        return refuse("device_not_retirable", "serial")
            .with("state", std::string(to_string(d->state)));
    return std::nullopt;
}

void apply_stock_change(Context& ctx, Transaction& tx, const AdminChange& c, const Fields& f) {
    if (c.kind == AdminChangeKind::stock_import) {
        const auto& branch = field_of(f, "branch");
        const auto n = tx.devices().settle_import(c.id, true);
        if (std::to_string(n) != field_of(f, "count"))
            throw Fault("import " + std::to_string(c.id) + " lost devices while pending");
        audit(ctx, tx, branch, c.maker_id, "devices_imported", "branch:" + branch,
              c.summary + " " + change_note(c));
        return;
    }
    const auto& serial = field_of(f, "serial");
    auto d = tx.devices().find(serial);
    if (!d) throw Fault("device vanished after its check");
    if (c.kind == AdminChangeKind::stock_transfer) {
        const std::string from = d->branch_code;
        d->branch_code = field_of(f, "to");
        tx.devices().update(*d);
        // Both branches' trails show the move: the stock left one and reached the other.
        audit(ctx, tx, from, c.maker_id, "device_transferred_out", device_target(serial),
              "to=" + d->branch_code + " " + change_note(c));
        audit(ctx, tx, d->branch_code, c.maker_id, "device_transferred_in",
              device_target(serial), "from=" + from + " " + change_note(c));
        return;
    }
    d->state = DeviceState::retired;
    tx.devices().update(*d);
    audit(ctx, tx, d->branch_code, c.maker_id, "device_retired", device_target(serial),
          change_note(c));
}

}  // namespace detail

}  // namespace td::core
