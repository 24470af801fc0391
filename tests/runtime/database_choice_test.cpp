#include "td/runtime/database_choice.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "td/runtime/connection_check.h"

namespace td::runtime {
namespace {

TEST(DatabaseChoice, PostgresFieldsComposeIntoAnEncodedUrlAndSplitBack) {
    DatabaseChoice c;
    c.kind = DatabaseKind::postgresql;
    c.host = "db.branch.example";
    c.port = "5432";
    c.database = "tokendesk";
    c.user = "teller app";
    c.password = "p@ss:w/rd%";
    c.sslmode = "verify-full";
    const std::string url = compose_database_url(c);
    EXPECT_EQ(url,
              "postgresql://teller%20app:p%40ss%3Aw%2Frd%25@db.branch.example:5432/"
              "tokendesk?sslmode=verify-full");
    const DatabaseChoice back = split_database_url(url);
    EXPECT_EQ(back.kind, DatabaseKind::postgresql);
    EXPECT_EQ(back.host, c.host);
    EXPECT_EQ(back.port, c.port);
    EXPECT_EQ(back.database, c.database);
    EXPECT_EQ(back.user, c.user);
    EXPECT_EQ(back.password, c.password);
    EXPECT_EQ(back.sslmode, c.sslmode);
}

TEST(DatabaseChoice, OtherLibpqOptionsAndIpv6HostsSurviveARoundTrip) {
    const std::string url =
        "postgresql://td@[::1]:55432/tokendesk?sslmode=require&connect_timeout=5";
    const DatabaseChoice c = split_database_url(url);
    EXPECT_EQ(c.host, "::1");
    EXPECT_EQ(c.port, "55432");
    EXPECT_EQ(c.options, "connect_timeout=5");
    EXPECT_EQ(compose_database_url(c), url);
}

TEST(DatabaseChoice, SqliteAndOdbcKeepTheirText) {
    EXPECT_EQ(split_database_url("sqlite:/var/lib/td.db").sqlite_path, "/var/lib/td.db");
    const auto odbc = split_database_url("odbc:Driver={PostgreSQL Unicode};Server=db;");
    EXPECT_EQ(odbc.kind, DatabaseKind::odbc);
    EXPECT_EQ(odbc.odbc, "Driver={PostgreSQL Unicode};Server=db;");
    EXPECT_EQ(compose_database_url(odbc), "odbc:Driver={PostgreSQL Unicode};Server=db;");
    EXPECT_EQ(split_database_url("mysql://x").kind, DatabaseKind::odbc);
}

TEST(ConnectionCheck, AnEmptySqliteFileIsReachedAndReportedEmpty) {
    const auto path = std::filesystem::temp_directory_path() / "td-check-empty.db";
    std::filesystem::remove(path);
    const auto report = check_connection("sqlite:" + path.string());
    EXPECT_TRUE(report.reached) << report.problem;
    EXPECT_EQ(report.stored_version, 0);
    EXPECT_GT(report.program_version, 0);
    std::filesystem::remove(path);
}

TEST(ConnectionCheck, AnUnreachableServerIsAProblemThatHidesThePassword) {
    const auto report = check_connection("postgresql://td:hunter2@127.0.0.1:1/tokendesk");
    EXPECT_FALSE(report.reached);
    EXPECT_FALSE(report.problem.empty());
    EXPECT_EQ(report.problem.find("hunter2"), std::string::npos);
}

}  // namespace
}  // namespace td::runtime
