#include "commands.h"

namespace td::cli {

std::vector<Command> all_commands() {
    std::vector<Command> all;
    for (auto group : {setup_commands, customer_commands, application_commands, token_commands,
                       stock_commands, audit_commands, document_commands, demo_commands,
                       admin_commands, key_commands, report_commands, password_commands,
                       retention_commands})
        for (auto& c : group()) all.push_back(std::move(c));
    return all;
}

}  // namespace td::cli
