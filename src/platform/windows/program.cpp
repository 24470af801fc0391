#include "td/platform/program.h"

namespace td::platform {

// The programs run this way (pg_dump, pg_restore) belong on the database server, which is
// Debian; the counter PCs' callers say what to run there instead.
ProgramRun run_program(const std::vector<std::string>&,
                       const std::vector<std::pair<std::string, std::string>>&) {
    ProgramRun ran;
    ran.why_not = "programs are not run from TokenDesk on Windows";
    return ran;
}

}  // namespace td::platform
