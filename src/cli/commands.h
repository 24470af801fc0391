#pragma once
// The command table: each group of commands lives in its own file and only turns arguments
// into core requests and results into output (no rule is decided here).
#include <functional>
#include <vector>

#include "arguments.h"
#include "cli_env.h"
#include "output.h"

namespace td::cli {

struct Command {
    CommandSpec spec;
    std::function<int(CliEnv&, Output&, const Arguments&)> run;
    // db init and demo only: a missing or empty database (and its key file) may be created.
    // Every other command refuses a database that is not there.
    bool creates_database = false;
    // password change: the command checks the password itself (a sign-in would be refused
    // while the password must be changed), so main does not sign in first.
    bool signs_in_itself = false;
};

// A command that opens no database, key file or sign-in (config machine): it is given the
// global options themselves.
struct OfflineCommand {
    CommandSpec spec;
    std::function<int(const GlobalOptions&, Output&, const Arguments&)> run;
};

std::vector<Command> setup_commands();        // db, branch, staff, policy
std::vector<Command> customer_commands();     // contract, user
std::vector<Command> application_commands();  // apply, approve, reject, cancel, application
std::vector<Command> token_commands();        // token activate, token resync, otp verify, online
std::vector<Command> stock_commands();        // stock import, list, transfer, retire
std::vector<Command> audit_commands();        // audit verify, db check
std::vector<Command> document_commands();     // notice, activation-letter, form, journal, notices
std::vector<Command> demo_commands();         // demo
std::vector<Command> admin_commands();        // admin pending, history, approve, reject
std::vector<Command> key_commands();          // key status, key rotate
std::vector<Command> report_commands();       // report monthly
std::vector<Command> password_commands();     // password change
std::vector<Command> retention_commands();    // retention purge

// --language of a printed document or report: ja (the default) or en.
core::Outcome<core::Language> document_language(const Arguments& a);

std::vector<Command> all_commands();
std::vector<OfflineCommand> config_commands();  // config machine
std::vector<OfflineCommand> backup_commands();  // db backup, db restore
std::vector<OfflineCommand> key_file_commands();  // key backup, key restore

}  // namespace td::cli
