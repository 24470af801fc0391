#include "td/runtime/connection_check.h"

#include <exception>

#include "td/store/migration.h"
#include "td/store/open_store.h"

namespace td::runtime {

ConnectionReport check_connection(const std::string& url) {
    ConnectionReport report;
    report.program_version = static_cast<int>(store::schema_migrations().size());
    try {
        report.stored_version = store::stored_schema_version(url);
        report.reached = true;
    } catch (const store::ConnectionFailed& e) {
        report.problem = e.what();
        report.kind = e.problem();
        if (e.problem() == store::ConnectionProblem::newer_schema) {
            // Reached after all: say so with the versions, as for a usable database.
            report.reached = true;
            report.stored_version = report.program_version + 1;
        }
    } catch (const std::exception& e) {
        report.problem = e.what();
    }
    return report;
}

}  // namespace td::runtime
