#pragma once
// Runs tokendesk-cli as a separate process, the way scripts do, on a database of its own.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_process.h"

namespace td::test {

// What a run gave (test_process.h), and its standard output read as the CLI's JSON.
struct CliResult : ProcessResult {
    nlohmann::json json() const;  // stdout parsed; fails the test when it is not one object
};

// Runs `program` with `args`, extra environment variables and optional standard input.
CliResult run_process(const std::string& program, const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& env,
                      const std::string& stdin_text = {});

// Runs `sql` on the SQLite database file `db` behind TokenDesk's back (tampering tests).
void exec_sql(const std::filesystem::path& db, const std::string& sql);

class CliTest : public ::testing::Test {
  protected:
    std::filesystem::path dir;
    std::string db_url;
    std::map<std::string, std::string> env;

    void SetUp() override;
    void TearDown() override;

    // tokendesk-cli --db URL --json ARGS..., at the fixed test time.
    CliResult cli(std::vector<std::string> args);
    // The same, signed in as `staff` (password staff_password(staff)).
    CliResult as(const std::string& staff, std::vector<std::string> args);
    // The password each member of staff has once past their first sign-in.
    static std::string staff_password(const std::string& staff) {
        return "pass-" + staff + "-0001";
    }
    // `staff add ID OPTIONS...` as `by`; once in effect, the new member of staff changes the
    // password the administrator gave (first_password(id)) to staff_password(id), as at a
    // first sign-in. Returns the add's result.
    CliResult add_staff(const std::string& by, const std::string& id,
                        std::vector<std::string> options);
    static std::string first_password(const std::string& staff) {
        return "first-" + staff_password(staff);
    }
    // password change as `staff`, from `current` to `next`.
    CliResult change_password(const std::string& staff, const std::string& current,
                              const std::string& next);
    void set_now(const std::string& iso) { env["TOKENDESK_TEST_NOW"] = iso; }

    // A branch 001 with admin, teller1, manager1, manager2; contract 1000001 with users
    // master1 (master) and gen1 (general).
    void set_up_branch();
    // Teller enters, manager approves; returns the approve JSON.
    nlohmann::json issue_software_token(const std::string& login,
                                        const std::string& start_password = "2580");
};

}  // namespace td::test
