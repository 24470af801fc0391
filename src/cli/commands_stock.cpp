#include "commands.h"
#include "json_views.h"
#include "prompt.h"
#include "td/core/names.h"
#include "td/core/stock_service.h"
#include "td/runtime/seed_file.h"

namespace td::cli {
namespace {

core::Outcome<core::DeviceFilter> filter_of(const Arguments& a) {
    core::DeviceFilter f;
    f.branch_code = a.optional_value("branch");
    if (auto s = a.optional_value("state")) {
        f.state = core::parse_enum<core::DeviceState>(*s);
        if (!f.state)
            return core::refuse("invalid_choice", "state")
                .with("choices", "in_stock|assigned|lost|retired|pending");
    }
    return f;
}

// "-" keeps the key off the command line (and out of the process list): it is taken from
// the environment variable, else asked for without echo.
std::string secret_value(const Arguments& a, const char* option, const char* env_name,
                         const std::string& prompt) {
    return secret_option(a.value(option), env_name, prompt);
}

// The device as it is now (moved, or still waiting for the move's approval) and the change.
int device_change(Output& out, core::StockService& stock, const core::Actor& actor,
                  const std::string& serial, const core::Outcome<core::AdminChange>& r) {
    if (!r) return out.refused(r.refusal());
    auto device = stock.find(actor, serial);
    if (!device) return out.refused(device.refusal());
    Json j = device_json(device.value());
    j["change"] = admin_change_json(r.value());
    return out.done(j);
}

}  // namespace

std::vector<Command> stock_commands() {
    std::vector<Command> c;

    c.push_back(
        {{{"stock", "import"},
          "FILE",
          {"key", "passphrase", "branch"},
          {},
          {"branch"},
          "import hardware tokens from the vendor's PSKC file (admin); all or nothing"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             const runtime::SeedFileKey key{
                 secret_value(a, "key", "TOKENDESK_SEED_KEY", "Key (hex): "),
                 secret_value(a, "passphrase", "TOKENDESK_SEED_PASSPHRASE", "Passphrase: ")};
             auto req = runtime::read_seed_file(a.positional(0), a.value("branch"), key);
             if (!req) return out.refused(req.refusal());
             auto r = core::StockService(env.context()).import_devices(actor.value(), req.value());
             if (!r) return out.refused(r.refusal());
             Json serials = Json::array();
             for (const auto& d : req.value().devices) serials.push_back(d.serial);
             return out.done({{"branch", r.value().branch_code},
                              {"imported", r.value().imported},
                              {"serials", serials},
                              {"change", admin_change_json(r.value().change)}});
         }});

    c.push_back({{{"stock", "list"},
                  "",
                  {"branch", "state"},
                  {},
                  {},
                  "list hardware tokens in stock, with counts per branch and state"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     auto filter = filter_of(a);
                     if (!filter) return out.refused(filter.refusal());
                     core::StockService stock(env.context());
                     auto devices = stock.list(actor.value(), filter.value());
                     if (!devices) return out.refused(devices.refusal());
                     auto counts = stock.counts(actor.value());
                     if (!counts) return out.refused(counts.refusal());
                     Json list = Json::array();
                     for (const auto& d : devices.value()) list.push_back(device_json(d));
                     Json per = Json::array();
                     for (const auto& n : counts.value())
                         if (!filter.value().branch_code ||
                             n.branch_code == *filter.value().branch_code)
                             per.push_back({{"branch", n.branch_code},
                                            {"state", core::to_string(n.state)},
                                            {"count", n.count}});
                     return out.done({{"devices", list}, {"counts", per}});
                 }});

    c.push_back({{{"stock", "transfer"},
                  "SERIAL",
                  {"to"},
                  {},
                  {"to"},
                  "move a hardware token in stock to another branch (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     core::StockService stock(env.context());
                     auto r = stock.transfer(actor.value(), a.positional(0), a.value("to"));
                     return device_change(out, stock, actor.value(), a.positional(0), r);
                 }});

    c.push_back({{{"stock", "retire"},
                  "SERIAL",
                  {},
                  {},
                  {},
                  "take a hardware token in stock or lost out of service for good (admin)"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto actor = env.actor();
                     if (!actor) return out.refused(actor.refusal());
                     core::StockService stock(env.context());
                     auto r = stock.retire(actor.value(), a.positional(0));
                     return device_change(out, stock, actor.value(), a.positional(0), r);
                 }});
    return c;
}

}  // namespace td::cli
