#pragma once
// Running another program and reading what it says: `lp` for printing, PostgreSQL's pg_dump and
// pg_restore for backups. It waits for the program, so run it off the UI thread.
#include <string>
#include <utility>
#include <vector>

namespace td::platform {

struct ProgramRun {
    bool started = false;
    int exit_status = -1;
    std::string output;   // standard output and error together
    std::string why_not;  // when it could not be started
};

// Runs argv[0] (found on PATH) with `argv`, no input, and the caller's environment plus
// `extra_env` (secrets such as PGPASSWORD go there, never on the command line, where other
// users could read them). Debian only: on Windows nothing is started and why_not says so.
ProgramRun run_program(const std::vector<std::string>& argv,
                       const std::vector<std::pair<std::string, std::string>>& extra_env = {});

}  // namespace td::platform
