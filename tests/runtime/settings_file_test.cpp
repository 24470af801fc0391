#include "td/runtime/settings_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "td/core/outcome.h"
#include "td/platform/private_files.h"
#include "td/runtime/runtime.h"
#include "test_env.h"

namespace td::runtime {
namespace {

namespace fs = std::filesystem;

class SettingsFileTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("td-conf-" + std::to_string(std::random_device{}()));
        fs::create_directories(dir_);
        test::set_env("TOKENDESK_CONF", (dir_ / "user.conf").string());
        test::set_env("TOKENDESK_SYSTEM_CONF", (dir_ / "system.conf").string());
        test::unset_env("TOKENDESK_DB");
        test::unset_env("TOKENDESK_KEY_FILE");
    }
    void TearDown() override {
        test::unset_env("TOKENDESK_CONF");
        test::unset_env("TOKENDESK_SYSTEM_CONF");
        fs::remove_all(dir_);
    }
    void write(const char* name, const std::string& text) { std::ofstream(dir_ / name) << text; }
    fs::path dir_;
};

TEST_F(SettingsFileTest, ParsesKeysCommentsAndValuesWithSpecialCharacters) {
    const auto s = parse_settings(
        "# central database\n"
        "database = postgresql://td:p#ss=1@db.example:5432/tokendesk?sslmode=require\n"
        "\n"
        "  key_file=/etc/tokendesk/branch.key  \n"
        "printer = counter-1\n"
        "language = ja\n"
        "lock_minutes = 3\n",
        "test.conf");
    EXPECT_EQ(s.database, "postgresql://td:p#ss=1@db.example:5432/tokendesk?sslmode=require");
    EXPECT_EQ(s.key_file, "/etc/tokendesk/branch.key");
    EXPECT_EQ(s.printer, "counter-1");
    EXPECT_EQ(s.language, "ja");
    EXPECT_EQ(s.lock_minutes, 3);
}

TEST_F(SettingsFileTest, ReadsTheServersKeysWithOneLinePerHost) {
    const auto s = parse_settings(
        "server_listen = 127.0.0.1:8443\n"
        "server_certificate = /etc/tokendesk/server.pem\n"
        "server_private_key = /etc/tokendesk/server.key\n"
        "server_client_ca = /etc/tokendesk/hosts-ca.pem\n"
        "server_host = ib-host-1 AB:CD 0001234,0005678\n"
        "server_host = ib-host-2 abcd 0009999\n"
        "smtp_relay = mail.example:25\n"
        "mail_from = otp@example.jp\n"
        "smtp_ca = /etc/tokendesk/relay-ca.pem\n",
        "server.conf");
    EXPECT_EQ(s.server_listen, "127.0.0.1:8443");
    EXPECT_EQ(s.server_certificate, "/etc/tokendesk/server.pem");
    EXPECT_EQ(s.server_private_key, "/etc/tokendesk/server.key");
    EXPECT_EQ(s.server_client_ca, "/etc/tokendesk/hosts-ca.pem");
    EXPECT_EQ(s.server_hosts, (std::vector<std::string>{"ib-host-1 AB:CD 0001234,0005678",
                                                        "ib-host-2 abcd 0009999"}));
    EXPECT_EQ(s.smtp_relay, "mail.example:25");
    EXPECT_EQ(s.mail_from, "otp@example.jp");
    EXPECT_EQ(s.smtp_ca, "/etc/tokendesk/relay-ca.pem");
    EXPECT_EQ(parse_settings(format_settings(s), "again"), s);
}

TEST_F(SettingsFileTest, TheUsersHostLinesReplaceTheSystemsAsAWhole) {
    write("system.conf", "server_host = a 00 1\nserver_host = b 11 2\n");
    write("user.conf", "server_host = c 22 3\n");
    EXPECT_EQ(load_settings().server_hosts, std::vector<std::string>{"c 22 3"});
    write("user.conf", "printer = p\n");
    EXPECT_EQ(load_settings().server_hosts.size(), 2u);
}

TEST_F(SettingsFileTest, ATypoIsAnErrorNamingTheFileAndLine) {
    try {
        parse_settings("database = sqlite:/tmp/x.db\ndatabse = x\n", "tokendesk.conf");
        FAIL() << "accepted an unknown key";
    } catch (const core::Fault& e) {
        EXPECT_NE(std::string(e.what()).find("tokendesk.conf line 2: unknown key 'databse'"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW(parse_settings("just words\n", "f"), core::Fault);
    EXPECT_THROW(parse_settings("language = fr\n", "f"), core::Fault);
    EXPECT_THROW(parse_settings("lock_minutes = five\n", "f"), core::Fault);
    EXPECT_THROW(parse_settings("lock_minutes = 500\n", "f"), core::Fault);
}

TEST_F(SettingsFileTest, TheUsersFileOverridesTheSystemsKeyByKey) {
    write("system.conf", "database = postgresql://central/tokendesk\nprinter = branch-printer\n");
    write("user.conf", "printer = my-printer\n");
    const auto s = load_settings();
    EXPECT_EQ(s.database, "postgresql://central/tokendesk");
    EXPECT_EQ(s.printer, "my-printer");
    EXPECT_FALSE(s.language);
}

TEST_F(SettingsFileTest, MissingFilesAreEmptySettings) {
    const auto s = load_settings();
    EXPECT_FALSE(s.database);
    EXPECT_FALSE(s.lock_minutes);
}

TEST_F(SettingsFileTest, FlagThenEnvironmentThenFileThenDefault) {
    Settings s;
    s.database = "sqlite:/from/file.db";
    s.key_file = "/from/file.key";
    EXPECT_EQ(database_url(std::string("sqlite:/flag.db"), s), "sqlite:/flag.db");
    test::set_env("TOKENDESK_DB", "sqlite:/env.db");
    EXPECT_EQ(database_url(std::nullopt, s), "sqlite:/env.db");
    test::unset_env("TOKENDESK_DB");
    EXPECT_EQ(database_url(std::nullopt, s), "sqlite:/from/file.db");
    EXPECT_EQ(key_file_path(std::nullopt, s), "/from/file.key");
    EXPECT_NE(database_url(std::nullopt, Settings{}), "sqlite:/from/file.db");
}

TEST_F(SettingsFileTest, SavedFileIsOwnerOnlyAndReadsBackTheSame) {
    Settings s;
    s.database = "postgresql://td:secret@127.0.0.1:5432/tokendesk";
    s.lock_minutes = 0;
    s.language = "en";
    const fs::path path = dir_ / "sub" / "tokendesk.conf";
    save_settings(s, path);
    // The platform's own test of "owner only" (POSIX rights, or the Windows access list); its
    // tests check the rights themselves (umask, a widened group) and links in the way.
    EXPECT_NO_THROW(platform::read_private_file(path, 1 << 16));
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    const auto back = parse_settings(text, path.string());
    EXPECT_EQ(back.database, s.database);
    EXPECT_EQ(back.lock_minutes, 0);
    EXPECT_EQ(back.language, "en");
    EXPECT_FALSE(back.printer);
    EXPECT_FALSE(fs::exists(path.string() + ".tmp"));
}

}  // namespace
}  // namespace td::runtime
