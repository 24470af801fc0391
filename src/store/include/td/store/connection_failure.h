#pragma once
// Why a database could not be opened, told apart so that a teller's screen and an
// administrator's log say what to do (start the server, fix the password, install the driver)
// instead of a driver's preamble.
#include <string>
#include <string_view>

#include "td/core/outcome.h"

namespace td::store {

enum class ConnectionProblem {
    server_unreachable,  // refused, timed out, no route: the server is down or not listening
    unknown_host,
    login_refused,  // wrong user name or password, or pg_hba.conf refuses this client
    no_such_database,
    tls_failed,
    driver_missing,   // ODBC: the driver library named in odbcinst.ini cannot be loaded
    no_such_dsn,      // ODBC: the data source is not in odbc.ini
    newer_schema,     // reached, but written by a newer TokenDesk
    connection_lost,  // the server went away during a step (restart, connection cut)
    other,
};

// Classifies a driver's full message (libpq's, unixODBC's, psqlODBC's).
ConnectionProblem classify_connection_failure(std::string_view driver_message);

// One sentence for the problem; `detail` is the driver's first line of its own message.
std::string describe_connection_failure(ConnectionProblem problem, std::string_view detail);

// Thrown when opening a database fails; what() is describe_connection_failure's sentence and
// never holds the password.
class ConnectionFailed : public core::Fault {
  public:
    ConnectionFailed(ConnectionProblem problem, const std::string& what)
        : core::Fault(what), problem_(problem) {}
    ConnectionProblem problem() const { return problem_; }

  private:
    ConnectionProblem problem_;
};

}  // namespace td::store
