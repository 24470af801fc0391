#include "td/store/connection_failure.h"

#include <gtest/gtest.h>

#include "server_databases.h"
#include "td/store/open_store.h"

namespace td::store {
namespace {

TEST(ConnectionFailure, DriverMessagesAreToldApart) {
    using P = ConnectionProblem;
    EXPECT_EQ(classify_connection_failure(
                  "Cannot establish connection to the database.\nconnection to server at "
                  "\"10.0.0.5\", port 5432 failed: Connection refused\n\tIs the server running?"),
              P::server_unreachable);
    EXPECT_EQ(classify_connection_failure("connection to server at \"db\" (10.0.0.5), port 5432 "
                                          "failed: timeout expired"),
              P::server_unreachable);
    EXPECT_EQ(classify_connection_failure(
                  "FATAL:  password authentication failed for user \"tokendesk\""),
              P::login_refused);
    EXPECT_EQ(classify_connection_failure(
                  "FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", user \"td\""),
              P::login_refused);
    EXPECT_EQ(classify_connection_failure("FATAL:  database \"tokendesk\" does not exist"),
              P::no_such_database);
    EXPECT_EQ(classify_connection_failure("FATAL:  role \"clerk\" does not exist"),
              P::login_refused);
    EXPECT_EQ(classify_connection_failure("root certificate file \"/x/root.crt\" does not exist"),
              P::tls_failed);
    EXPECT_EQ(classify_connection_failure("[unixODBC][Driver Manager]Can't open lib 'X' : file "
                                          "not found"),
              P::driver_missing);
    EXPECT_EQ(classify_connection_failure("something else entirely"), P::other);
}

TEST(ConnectionFailure, TheSentenceSaysWhatToDoAndKeepsTheDriversWords) {
    const auto s = describe_connection_failure(ConnectionProblem::login_refused,
                                               "FATAL: password authentication failed");
    EXPECT_NE(s.find("refused the user name or password"), std::string::npos);
    EXPECT_NE(s.find("FATAL: password authentication failed"), std::string::npos);
}

// Against the test server: a real wrong password and a real missing database.
TEST(ConnectionFailure, TheTestServerRefusesAWrongPasswordAndAMissingDatabase) {
    if (auto why = test::server_unavailable()) GTEST_SKIP() << *why;
    try {
        open_store(test::server_url("postgres", "not-the-password"));
        ADD_FAILURE() << "a wrong password was accepted";
    } catch (const ConnectionFailed& e) {
        EXPECT_EQ(e.problem(), ConnectionProblem::login_refused) << e.what();
        EXPECT_EQ(std::string(e.what()).find("not-the-password"), std::string::npos);
    }
    try {
        open_store(test::server_url("td_no_such_database"));
        ADD_FAILURE() << "a missing database was opened";
    } catch (const ConnectionFailed& e) {
        EXPECT_EQ(e.problem(), ConnectionProblem::no_such_database) << e.what();
    }
}

}  // namespace
}  // namespace td::store
