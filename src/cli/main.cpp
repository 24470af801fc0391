// tokendesk-cli: every counter procedure for scripts and operations, on the same core as the
// desktop.
#include <iostream>

#include "commands.h"
#include "td/platform/console.h"

using namespace td::cli;

namespace {

void print_help(const std::vector<CommandSpec>& specs) {
    std::cout << "usage: tokendesk-cli [--db URL] [--json] [--as STAFF_ID] [--key-file PATH] "
                 "[--lang ja|en] "
                 "COMMAND ...\n\ncommands:\n";
    for (const auto& spec : specs)
        std::cout << "  " << usage_line(spec) << "\n      " << spec.summary << "\n";
    std::cout << "\nexit codes: 0 done, 1 refused, 2 usage, 3 fault\n";
}

}  // namespace

int main(int argc, char** argv) {
    td::platform::use_utf8_console();
    std::vector<std::string> args = td::platform::arguments(argc, argv);
    const auto commands = all_commands();
    auto offline = config_commands();
    for (auto& c : backup_commands()) offline.push_back(std::move(c));
    for (auto& c : key_file_commands()) offline.push_back(std::move(c));
    std::vector<CommandSpec> specs;
    for (const auto& c : commands) specs.push_back(c.spec);
    for (const auto& c : offline) specs.push_back(c.spec);
    GlobalOptions globals;
    try {
        globals = take_global_options(args);
    } catch (const UsageError& e) {
        return Output(false, td::core::Language::en).usage(e.what());
    }
    if (globals.help || args.empty() || args[0] == "help") {
        print_help(specs);
        return args.empty() && !globals.help ? kUsage : kDone;
    }
    Output out(globals.json, td::core::Language::en);
    try {
        const CommandSpec& spec = match_command(specs, args);
        const Arguments parsed = parse_arguments(spec, args);
        for (const auto& c : offline)
            if (c.spec.words == spec.words) {
                out = Output(globals.json, cli_language(globals));
                return c.run(globals, out, parsed);
            }
        const Command* command = nullptr;
        for (const auto& c : commands)
            if (c.spec.words == spec.words) command = &c;
        if (!command) return out.usage("unknown command");
        CliEnv env(globals, command->creates_database ? td::runtime::Opening::create
                                                      : td::runtime::Opening::existing);
        out = Output(globals.json, env.language());
        // --as is a claim of who is running this: a wrong password is refused (and counted)
        // even by a command that would not have asked, rather than ignored.
        if (globals.as && !command->signs_in_itself)
            if (auto actor = env.actor(); !actor) return out.refused(actor.refusal());
        return command->run(env, out, parsed);
    } catch (const UsageError& e) {
        return out.usage(e.what());
    } catch (const std::exception& e) {
        return out.fault(e.what());
    }
}
