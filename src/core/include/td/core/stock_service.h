#pragma once
// The branches' stock of hardware tokens (key fobs): devices imported from the vendor's seed
// file, counted and moved between branches by an administrator, handed over at the counter
// through a hardware-token application (ApplicationService).
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"
#include "td/core/secret_bytes.h"

namespace td::core {
namespace detail {
struct ChangeDraft;
}

// One device as the vendor's file describes it, its seed in clear: only between the file
// reader and import_devices, which seals it.
struct DeviceSeed {
    std::string serial;
    std::string manufacturer;
    OtpMode mode = OtpMode::totp;
    HashAlgorithm algorithm = HashAlgorithm::sha1;
    int digits = 6;
    int period = 30;           // TOTP
    std::int64_t counter = 0;  // HOTP: the device's next counter
    SecretBytes seed;
};

struct ImportRequest {
    std::string branch_code;  // the branch receiving the devices
    std::string source;       // the file's name, for the stock's history
    std::vector<DeviceSeed> devices;
};

struct ImportResult {
    std::string branch_code;
    std::int64_t imported = 0;
    // Pending: the devices wait, unusable, until another administrator approves the import.
    AdminChange change;
};

class StockService {
  public:
    explicit StockService(Context ctx) : ctx_(ctx) {}

    // Admin only; this and the moves below are administrative changes (AdminService): in effect
    // at once under a single administrator, otherwise once another approves them.
    // All or nothing: a serial already in any branch's stock, or twice in the
    // request, refuses the whole import naming the serial.
    Outcome<ImportResult> import_devices(const Actor& actor, const ImportRequest& req);
    // Any signed-in staff; the sealed seeds are left out.
    Outcome<std::vector<Device>> list(const Actor& actor, const DeviceFilter& filter);
    Outcome<std::vector<DeviceCount>> counts(const Actor& actor);
    // Any signed-in staff; the sealed seed is left out.
    Outcome<Device> find(const Actor& actor, const std::string& serial);
    // Admin only: a device in stock moves to another branch's stock.
    Outcome<AdminChange> transfer(const Actor& actor, const std::string& serial,
                                  const std::string& to_branch);
    // Admin only: a device in stock or lost is taken out of service for good.
    Outcome<AdminChange> retire(const Actor& actor, const std::string& serial);

  private:
    // After the database refused an import: the first of its serials already in stock.
    Refusal serial_already_in_stock(const std::vector<Device>& refused);
    Outcome<AdminChange> enter(const Actor& actor, detail::ChangeDraft draft);
    Context ctx_;
};

}  // namespace td::core
