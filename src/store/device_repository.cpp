#include "device_repository.h"

#include <algorithm>

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

const Columns kColumns{"branch_code", "state",    "manufacturer", "mode",        "algorithm",
                       "digits",      "period",   "counter",      "sealed_seed", "imported_at",
                       "source",      "login_id", "token_id",     "import_change"};
constexpr const char* kKey = "serial";

struct DeviceRow {
    std::string branch_code, state, manufacturer, mode, algorithm;
    int digits = 0, period = 0;
    std::int64_t counter = 0;
    std::string sealed_seed, imported_at, source;
    NullableText login_id;
    NullableId token_id;
    NullableId import_change;
    std::string serial;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.branch_code);
    f(r.state);
    f(r.manufacturer);
    f(r.mode);
    f(r.algorithm);
    f(r.digits);
    f(r.period);
    f(r.counter);
    f(r.sealed_seed);
    f(r.imported_at);
    f(r.source);
    f(r.login_id.text, r.login_id.ind);
    f(r.token_id.value, r.token_id.ind);
    f(r.import_change.value, r.import_change.ind);
}

DeviceRow to_row(const core::Device& d) {
    DeviceRow r;
    r.branch_code = d.branch_code;
    r.state = enum_column(d.state);
    r.manufacturer = d.manufacturer;
    r.mode = enum_column(d.mode);
    r.algorithm = enum_column(d.algorithm);
    r.digits = d.digits;
    r.period = d.period;
    r.counter = d.counter;
    r.sealed_seed = hex_column(d.sealed_seed);
    r.imported_at = time_column(d.imported_at);
    r.source = d.source;
    r.login_id = empty_as_null(d.login_id);
    r.token_id = zero_as_null(d.token_id);
    r.import_change = zero_as_null(d.import_change);
    r.serial = d.serial;
    return r;
}

core::Device from_row(const DeviceRow& r) {
    core::Device d;
    d.serial = r.serial;
    d.branch_code = r.branch_code;
    d.state = enum_from_column<core::DeviceState>(r.state, "devices.state");
    d.manufacturer = r.manufacturer;
    d.mode = enum_from_column<core::OtpMode>(r.mode, "devices.mode");
    d.algorithm = enum_from_column<core::HashAlgorithm>(r.algorithm, "devices.algorithm");
    d.digits = r.digits;
    d.period = r.period;
    d.counter = r.counter;
    d.sealed_seed = bytes_from_column(r.sealed_seed, "devices.sealed_seed");
    d.imported_at = time_from_column(r.imported_at, "devices.imported_at");
    d.source = r.source;
    d.login_id = null_as_empty(r.login_id);
    d.token_id = null_as_zero(r.token_id);
    d.import_change = null_as_zero(r.import_change);
    return d;
}

std::string select_devices() {
    return select_sql("devices", kColumns, kKey);
}

}  // namespace

std::optional<core::Device> SqlDeviceRepository::find(const std::string& serial) {
    return db_.guard("reading a device", [&]() -> std::optional<core::Device> {
        DeviceRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.serial);
        q.in(serial);
        if (!q.run(select_devices() + " WHERE serial = :serial")) return std::nullopt;
        return from_row(row);
    });
}

void SqlDeviceRepository::insert(const core::Device& d) {
    db_.guard("adding a device", [&] {
        DeviceRow row = to_row(d);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.serial);
        q.run(insert_sql("devices", kColumns, kKey));
    });
}

void SqlDeviceRepository::update(const core::Device& d) {
    db_.guard("updating a device", [&] {
        DeviceRow row = to_row(d);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.serial);
        q.run(update_sql("devices", kColumns, kKey));
        require_updated(q, "a device");
    });
}

bool SqlDeviceRepository::assign(const std::string& serial, const std::string& login_id,
                                 std::int64_t token_id) {
    return db_.guard("assigning a device", [&] {
        // As with decisions: a second writer waits for the first's row lock, re-reads the row
        // and finds it no longer in stock.
        const std::string assigned = enum_column(core::DeviceState::assigned);
        const std::string in_stock = enum_column(core::DeviceState::in_stock);
        Query q(db_.sql);
        q.in(assigned).in(login_id).in(token_id).in(serial).in(in_stock);
        q.run(
            "UPDATE devices SET state = :assigned, login_id = :login_id, token_id = :token_id"
            " WHERE serial = :serial AND state = :in_stock");
        return q.affected_rows() == 1;
    });
}

std::vector<core::Device> SqlDeviceRepository::list(const core::DeviceFilter& filter) {
    return db_.guard("listing devices", [&] {
        DeviceRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.serial);
        const std::string state = filter.state ? enum_column(*filter.state) : std::string{};
        Where where(q);
        if (filter.branch_code) where.add("branch_code = :branch_code", *filter.branch_code);
        if (filter.state) where.add("state = :state", state);
        return fetch_all(q, row, select_devices() + where.text() + " ORDER BY serial", from_row);
    });
}

std::vector<core::DeviceCount> SqlDeviceRepository::counts() {
    return db_.guard("counting devices", [&] {
        std::string branch, state;
        std::int64_t n = 0;
        Query q(db_.sql);
        q.out(branch).out(state).out(n);
        q.open(
            "SELECT branch_code, state, COUNT(*) FROM devices GROUP BY branch_code, state"
            " ORDER BY branch_code, state");
        std::vector<core::DeviceCount> out;
        while (q.next())
            out.push_back({branch, enum_from_column<core::DeviceState>(state, "devices.state"), n});
        // By branch, then in the lifecycle's order rather than the spelling's.
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.branch_code != b.branch_code ? a.branch_code < b.branch_code
                                                  : int(a.state) < int(b.state);
        });
        return out;
    });
}

std::int64_t SqlDeviceRepository::settle_import(std::int64_t change_id, bool accept) {
    return db_.guard(accept ? "putting imported devices in stock" : "removing an import's devices",
                     [&] {
                         const std::string pending = enum_column(core::DeviceState::pending);
                         const std::string in_stock = enum_column(core::DeviceState::in_stock);
                         Query q(db_.sql);
                         if (accept) {
                             q.in(in_stock).in(change_id).in(pending);
                             q.run(
                                 "UPDATE devices SET state = :in_stock, import_change = NULL"
                                 " WHERE import_change = :change AND state = :pending");
                         } else {
                             q.in(change_id).in(pending);
                             q.run(
                                 "DELETE FROM devices WHERE import_change = :change"
                                 " AND state = :pending");
                         }
                         return std::int64_t(q.affected_rows());
                     });
}

std::optional<std::string> SqlDeviceRepository::key_ignoring_case(const std::string& serial) {
    return store::key_ignoring_case(db_, "devices", "serial", serial);
}

}  // namespace td::store
