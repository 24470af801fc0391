#include "cli_runner.h"

#include <sqlite3.h>

#include <atomic>
#include <random>

namespace td::test {

void exec_sql(const std::filesystem::path& db, const std::string& sql) {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.string().c_str(), &h), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(h);
}

nlohmann::json CliResult::json() const {
    auto j = nlohmann::json::parse(out, nullptr, false);
    EXPECT_TRUE(j.is_object()) << "stdout is not one JSON object: " << out << "\nstderr: " << err;
    return j.is_object() ? j : nlohmann::json::object();
}

CliResult run_process(const std::string& program, const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& env,
                      const std::string& stdin_text) {
    return {run_program(program, args, env, stdin_text)};
}

void CliTest::SetUp() {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir = std::filesystem::temp_directory_path() /
          ("tokendesk-cli-" + std::to_string(std::random_device{}()) + "-" +
           std::to_string(counter++) + "-" + info->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    db_url = "sqlite:" + (dir / "td.db").string();
    env = {{"TOKENDESK_KEY_FILE", (dir / "td.key").string()},
           {"TOKENDESK_TEST_NOW", "2026-11-26T10:00:00+09:00"},
           {"TOKENDESK_TEST_FAST_HASHING", "1"},
           {"LANG", "C"},
           {"LC_ALL", ""},
           {"HOME", dir.string()},
           {"XDG_DATA_HOME", (dir / "data").string()},
           // Windows' own: the user's data and settings folder, and the machine's.
           {"LOCALAPPDATA", (dir / "data").string()},
           {"ProgramData", (dir / "machine").string()}};
}

void CliTest::TearDown() {
    std::filesystem::remove_all(dir);
}

CliResult CliTest::cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_url, "--json"});
    return run_process(TD_CLI_PATH, args, env);
}

CliResult CliTest::as(const std::string& staff, std::vector<std::string> args) {
    args.insert(args.begin(), {"--as", staff});
    auto saved = env;
    env["TOKENDESK_PASSWORD"] = staff_password(staff);
    auto r = cli(std::move(args));
    env = saved;
    return r;
}

CliResult CliTest::change_password(const std::string& staff, const std::string& current,
                                   const std::string& next) {
    auto saved = env;
    env["TOKENDESK_PASSWORD"] = current;
    env["TOKENDESK_NEW_PASSWORD"] = next;
    auto r = cli({"--as", staff, "password", "change"});
    env = saved;
    return r;
}

CliResult CliTest::add_staff(const std::string& by, const std::string& id,
                             std::vector<std::string> options) {
    options.insert(options.begin(), {"staff", "add", id});
    auto saved = env;
    env["TOKENDESK_NEW_PASSWORD"] = first_password(id);
    auto r = as(by, std::move(options));
    env = saved;
    if (r.exit_code == 0 && r.json()["change"]["in_effect"] == true) {
        auto changed = change_password(id, first_password(id), staff_password(id));
        EXPECT_EQ(changed.exit_code, 0) << changed.out << changed.err;
    }
    return r;
}

void CliTest::set_up_branch() {
    ASSERT_EQ(cli({"db", "init"}).exit_code, 0);
    ASSERT_EQ(
        cli({"branch", "add", "001", "--name", "本店営業部", "--phone", "03-1234-5678"}).exit_code,
        0);
    env["TOKENDESK_NEW_PASSWORD"] = staff_password("admin");
    ASSERT_EQ(
        cli({"staff", "add", "admin", "--name", "管理 一郎", "--branch", "001", "--role", "admin"})
            .exit_code,
        0);
    env.erase("TOKENDESK_NEW_PASSWORD");
    for (auto [id, role] :
         {std::pair{"teller1", "teller"}, {"manager1", "manager"}, {"manager2", "manager"}}) {
        auto r = add_staff("admin", id,
                           {"--name", std::string(id) + " 氏名", "--branch", "001", "--role", role});
        ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    }
    auto c =
        as("teller1", {"contract", "add", "1000001", "--company", "株式会社さくら商事",
                       "--company-kana", "カブシキガイシャサクラショウジ", "--representative",
                       "桜井 太郎", "--representative-title", "代表取締役", "--postal", "100-0005",
                       "--address", "東京都千代田区丸の内2-2-2", "--branch", "001"});
    ASSERT_EQ(c.exit_code, 0) << c.out << c.err;
    ASSERT_EQ(
        as("teller1", {"user", "add", "master1", "--contract", "1000001", "--name", "桜井 太郎",
                       "--kind", "master", "--mobile-email", "master1@docomo.ne.jp"})
            .exit_code,
        0);
    ASSERT_EQ(as("teller1", {"user", "add", "gen1", "--contract", "1000001", "--name", "桜井 花子",
                             "--kind", "general", "--mobile-email", "gen1@ezweb.ne.jp"})
                  .exit_code,
              0);
}

nlohmann::json CliTest::issue_software_token(const std::string& login,
                                             const std::string& start_password) {
    auto in = as("teller1", {"apply", "software-token", login, "--start-password", start_password});
    EXPECT_EQ(in.exit_code, 0) << in.out << in.err;
    const auto id = std::to_string(in.json().value("application_id", 0));
    auto ok = as("manager1", {"approve", id});
    EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    return ok.json();
}

}  // namespace td::test
