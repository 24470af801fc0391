// postgresql:// URLs to libpq key=value strings (no server needed).
#include "database_url.h"
#include "postgres_url.h"

#include <gtest/gtest.h>

#include "td/core/outcome.h"

namespace td::store::test {
namespace {

TEST(PostgresUrl, AllPartsBecomeKeyValuePairs) {
    EXPECT_EQ(postgres_connect_string("postgresql://td:secret@db.example:5433/tokendesk"),
              "host=db.example port=5433 dbname=tokendesk user=td password=secret"
              " client_encoding=UTF8");
}

TEST(PostgresUrl, PartsMayBeLeftToLibpqDefaults) {
    EXPECT_EQ(postgres_connect_string("postgresql://db.example/td"),
              "host=db.example dbname=td client_encoding=UTF8");
    EXPECT_EQ(postgres_connect_string("postgres://"), "client_encoding=UTF8");
    EXPECT_EQ(postgres_connect_string("postgresql://td@/td"),
              "dbname=td user=td client_encoding=UTF8");
}

TEST(PostgresUrl, PercentEscapesAreDecodedAndValuesQuotedAsLibpqWants) {
    EXPECT_EQ(postgres_connect_string("postgresql://t%40d:p%20a%27s%5Cs%3A%2F@h/my%20db"),
              "host=h dbname='my db' user=t@d password='p a\\'s\\\\s:/' client_encoding=UTF8");
    EXPECT_EQ(postgres_connect_string("postgresql://td:@h/td"),
              "host=h dbname=td user=td password='' client_encoding=UTF8");
    // Japanese database names arrive as UTF-8 octets.
    EXPECT_EQ(postgres_connect_string("postgresql://h/%E5%8F%B0%E5%B8%B3"),
              "host=h dbname=台帳 client_encoding=UTF8");
}

TEST(PostgresUrl, QueryParametersPassThroughAsLibpqOptions) {
    EXPECT_EQ(postgres_connect_string("postgresql://td@db/td?sslmode=verify-full&sslrootcert="
                                      "%2Fetc%2Fssl%2Fca%20bank.pem&connect_timeout=5"),
              "host=db dbname=td user=td sslmode=verify-full sslrootcert='/etc/ssl/ca bank.pem'"
              " connect_timeout=5 client_encoding=UTF8");
    EXPECT_EQ(postgres_connect_string("postgresql://db/td?client_encoding=UTF8"),
              "host=db dbname=td client_encoding=UTF8");
}

TEST(PostgresUrl, Ipv6HostsAreBracketed) {
    EXPECT_EQ(postgres_connect_string("postgresql://[::1]:55432/td"),
              "host=::1 port=55432 dbname=td client_encoding=UTF8");
}

TEST(PostgresUrl, MalformedUrlsFailWithoutQuotingThem) {
    for (const char* url : {"postgresql://u:hunter2@h:port/td", "postgresql://u:hunter2%4@h/td",
                            "postgresql://u:hunter2@[::1/td", "postgresql://u:hunter2@h/td?x",
                            "postgresql://u:hunter2@h/td?a%20b=c", "mysql://u:hunter2@h/td"}) {
        try {
            postgres_connect_string(url);
            ADD_FAILURE() << "accepted " << url;
        } catch (const core::Fault& e) {
            EXPECT_EQ(std::string(e.what()).find("hunter2"), std::string::npos) << e.what();
        }
    }
}

TEST(PostgresUrl, LibpqValueQuotesOnlyWhenNeeded) {
    EXPECT_EQ(libpq_value("plain"), "plain");
    EXPECT_EQ(libpq_value(""), "''");
    EXPECT_EQ(libpq_value("a b"), "'a b'");
    EXPECT_EQ(libpq_value("it's"), "'it\\'s'");
}

}  // namespace
}  // namespace td::store::test

namespace td::store {
namespace {

// Found by the database_url fuzzer: libpq reads C strings, so a NUL (raw or %00) would cut the
// connection string short and silently drop what follows it, sslmode=verify-full among it.
TEST(PostgresUrl, ANulCharacterIsRefusedNotPassedOnToCutTheStringShort) {
    using namespace std::string_literals;
    EXPECT_THROW(postgres_connect_string("postgresql://u:p@db%00/x?sslmode=verify-full"),
                 core::Fault);
    EXPECT_THROW(postgres_connect_string("postgresql://u:p@db\0x/x?sslmode=verify-full"s),
                 core::Fault);
    EXPECT_THROW(resolve_database_url("sqlite:/tmp/a\0b.db"s), core::Fault);
    EXPECT_THROW(resolve_database_url("odbc:DSN=a\0b"s), core::Fault);
}

// Found by the database_url fuzzer: libpq ends an unquoted value at a vertical tab or form feed
// too, so such a value is quoted like one with a space.
TEST(PostgresUrl, EveryWhiteSpaceLibpqKnowsIsQuoted) {
    EXPECT_EQ(libpq_value("a\vb"), "'a\vb'");
    EXPECT_EQ(libpq_value("a\fb"), "'a\fb'");
    EXPECT_EQ(postgres_connect_string("postgresql://h%0Bx/db"),
              "host='h\vx' dbname=db client_encoding=UTF8");
}

// pg_dump and pg_restore get the password in PGPASSWORD: the string on their command line has
// none, and everything else in the same order.
TEST(PostgresUrl, TheLoginForTheServersToolsKeepsThePasswordApart) {
    const auto login = postgres_login("postgresql://td:s%20cret@db:5433/tokendesk?sslmode=require");
    EXPECT_EQ(login.connect,
              "host=db port=5433 dbname=tokendesk user=td sslmode=require client_encoding=UTF8");
    EXPECT_EQ(login.password, "s cret");
    EXPECT_FALSE(postgres_login("postgresql://db/tokendesk").password);
}

}  // namespace
}  // namespace td::store
