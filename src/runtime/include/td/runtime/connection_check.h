#pragma once
// The settings screen's "connection test": can this PC reach the database at a URL, and does
// its schema suit this program? Reads only: an empty database is reported, not created.
#include <string>

#include "td/store/connection_failure.h"

namespace td::runtime {

struct ConnectionReport {
    bool reached = false;
    int stored_version = 0;   // 0: empty or absent (created only by db init or, asked, the desktop)
    int program_version = 0;  // the newest schema this program knows
    std::string problem;      // why it was not reached; never holds the password
    store::ConnectionProblem kind = store::ConnectionProblem::other;
    std::string detail;  // the driver's own words, for the administrator
};

ConnectionReport check_connection(const std::string& url);

}  // namespace td::runtime
