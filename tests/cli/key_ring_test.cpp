// tokendesk-cli key rotate / status / backup / restore, as an administrator runs them: seeds
// sealed again under the new key, the audit history verified across keys, a rotation whose
// process dies in a random batch finished by running it again, and a key backup that comes
// back only whole, under its passphrase, and only onto its own database.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "hardware_fixture.h"
#include "td/platform/private_files.h"
#include "test_files.h"

using namespace td::test;

namespace {

namespace fs = std::filesystem;

constexpr const char* kPassphrase = "金庫の合言葉 correct horse";

class KeyRingCliTest : public HardwareCliTest {
  protected:
    fs::path key_file() const { return dir / "td.key"; }

    // master1 and gen1 with software tokens, beside the key fob in stock: three seeds.
    void SetUp() override {
        HardwareCliTest::SetUp();
        issue_software_token("master1");
        issue_software_token("gen1");
    }

    nlohmann::json status() {
        auto s = as("admin", {"key", "status"});
        EXPECT_EQ(s.exit_code, 0) << s.out << s.err;
        return s.json();
    }

    CliResult with_passphrase(std::vector<std::string> args,
                              const std::string& passphrase = kPassphrase) {
        auto saved = env;
        env["TOKENDESK_KEY_PASSPHRASE"] = passphrase;
        auto r = cli(std::move(args));
        env = saved;
        return r;
    }

    std::string code_of(const CliResult& r) {
        EXPECT_NE(r.exit_code, 0) << r.out;
        return r.json()["error"]["code"];
    }
};

TEST_F(KeyRingCliTest, ARotationSealsEverySeedAgainAndTheHistoryVerifiesAcrossKeys) {
    auto before = status();
    EXPECT_EQ(before["current_key"], 1);
    EXPECT_EQ(before["sealed"]["token_seeds"]["1"], 2);
    EXPECT_EQ(before["sealed"]["device_seeds"]["1"], 1);

    auto rotated = as("admin", {"key", "rotate", "--batch-size", "1"});
    ASSERT_EQ(rotated.exit_code, 0) << rotated.out << rotated.err;
    EXPECT_EQ(rotated.json()["key"], 2);
    EXPECT_EQ(rotated.json()["new_key"], true);
    EXPECT_EQ(rotated.json()["resumed"], false);
    EXPECT_EQ(rotated.json()["resealed"], 3);
    EXPECT_NE(rotated.err.find("key rotate: batch 1"), std::string::npos) << rotated.err;
    EXPECT_TRUE(only_owner_may_use(key_file()));

    auto after = status();
    EXPECT_EQ(after["current_key"], 2);
    EXPECT_EQ(after["sealed"]["token_seeds"], (nlohmann::json{{"2", 2}}));
    EXPECT_EQ(after["sealed"]["device_seeds"], (nlohmann::json{{"2", 1}}));
    EXPECT_EQ(after["key_file_keys"].size(), 2u);
    EXPECT_EQ(after["behind"], 0);

    // Work goes on under key 2, then a second rotation.
    auto misuse = as("teller1", {"apply", "misuse-report", "gen1", "--details", "紛失した端末から"});
    ASSERT_EQ(misuse.exit_code, 0) << misuse.out;
    ASSERT_EQ(as("admin", {"key", "rotate"}).json()["key"], 3);
    auto verified = cli({"audit", "verify"});
    ASSERT_EQ(verified.exit_code, 0) << verified.out;
    EXPECT_EQ(verified.json()["keys_used"], (nlohmann::json{1, 2, 3}));
    EXPECT_EQ(verified.json()["chains"]["001"]["key"], 3);
    auto check = as("admin", {"db", "check"});
    EXPECT_EQ(check.exit_code, 0) << check.out;
    EXPECT_EQ(check.json()["seeds_checked"], 3);
}

TEST_F(KeyRingCliTest, ARotationWhoseProcessDiesInARandomBatchIsFinishedByRunningItAgain) {
    // Batch size 1: tokens in batches 1-3 (the third finds none), the key fob in 4-5. Dying in
    // batch 5 would leave nothing to finish (a run after it starts the next rotation).
    std::random_device entropy;
    const int dies_in = std::uniform_int_distribution<int>(1, 4)(entropy);
    SCOPED_TRACE("the process dies in batch " + std::to_string(dies_in));
    env["TOKENDESK_TEST_DIE_IN_BATCH"] = std::to_string(dies_in);
    auto killed = as("admin", {"key", "rotate", "--batch-size", "1"});
    EXPECT_EQ(killed.exit_code, 3) << killed.out << killed.err;
    EXPECT_TRUE(killed.out.empty()) << killed.out;  // it died before any answer
    env.erase("TOKENDESK_TEST_DIE_IN_BATCH");

    // Every seed opens at this moment, whichever key it is sealed with.
    auto halfway = as("admin", {"db", "check"});
    EXPECT_EQ(halfway.exit_code, 0) << halfway.out;
    EXPECT_EQ(halfway.json()["seeds_checked"], 3);
    EXPECT_EQ(status()["current_key"], 2);

    auto again = as("admin", {"key", "rotate", "--batch-size", "1"});
    ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
    EXPECT_EQ(again.json()["key"], 2);  // no third key: the second is finished
    EXPECT_EQ(again.json()["new_key"], false);
    EXPECT_EQ(again.json()["resumed"], true);
    auto after = status();
    EXPECT_EQ(after["sealed"]["token_seeds"], (nlohmann::json{{"2", 2}}));
    EXPECT_EQ(after["sealed"]["device_seeds"], (nlohmann::json{{"2", 1}}));
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 0);
}

TEST_F(KeyRingCliTest, AKeyFobStillWorksAfterTheRotation) {
    SKIP_WITHOUT_PEER_TOOLS();
    ASSERT_EQ(as("teller1", {"user", "add", "gen2", "--contract", "1000001", "--name", "桜井 次郎",
                             "--kind", "general", "--mobile-email", "gen2@ezweb.ne.jp"})
                  .exit_code,
              0);
    ASSERT_EQ(hand_over("gen2", hotp(0)).exit_code, 0);
    ASSERT_EQ(as("admin", {"key", "rotate"}).exit_code, 0);
    EXPECT_EQ(cli({"otp", "verify", "gen2", hotp(1)}).exit_code, 0);
    EXPECT_NE(cli({"otp", "verify", "gen2", hotp(1)}).exit_code, 0);  // each code once
}

TEST_F(KeyRingCliTest, AProgramWithTheKeyFileOfBeforeTheRotationIsToldWhatToDo) {
    // A copy kept as a key file is kept: readable by its owner only (a plain copy on Windows
    // would inherit the folder's access list, and be refused for that instead).
    const fs::path old_copy = dir / "old.key";
    {
        // Closed before the rotation: Windows does not replace a file someone has open.
        std::ifstream in(key_file(), std::ios::binary);
        const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                              std::istreambuf_iterator<char>());
        td::platform::write_new_private_file(old_copy, bytes);
    }
    ASSERT_EQ(as("admin", {"key", "rotate"}).exit_code, 0);
    env["TOKENDESK_KEY_FILE"] = old_copy.string();
    auto refused = cli({"audit", "verify"});
    EXPECT_EQ(refused.exit_code, 3);
    EXPECT_NE(refused.out.find("lacks key 2"), std::string::npos) << refused.out;
    EXPECT_NE(refused.out.find("key restore"), std::string::npos) << refused.out;
}

TEST_F(KeyRingCliTest, OnlyAnAdministratorRotates) {
    EXPECT_EQ(code_of(as("manager1", {"key", "rotate"})), "role_not_allowed");
    EXPECT_EQ(status()["key_file_keys"].size(), 1u);  // the key file was not touched
}

TEST_F(KeyRingCliTest, AKeyBackupComesBackAfterTheKeyFileIsLost) {
    ASSERT_EQ(as("admin", {"key", "rotate"}).exit_code, 0);
    const fs::path backup = dir / "elsewhere" / "tokendesk-key.backup";
    fs::create_directories(backup.parent_path());
    auto made = with_passphrase({"key", "backup", "--out", backup.string()});
    ASSERT_EQ(made.exit_code, 0) << made.out << made.err;
    EXPECT_EQ(made.json()["keys"].size(), 2u);
    EXPECT_TRUE(only_owner_may_use(backup));
    // A second backup never overwrites the first.
    EXPECT_NE(with_passphrase({"key", "backup", "--out", backup.string()}).exit_code, 0);

    fs::remove(key_file());
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 3);
    EXPECT_EQ(code_of(with_passphrase({"key", "restore", backup.string()},
                                      "the wrong passphrase")),
              "wrong_passphrase");
    EXPECT_FALSE(fs::exists(key_file()));

    auto restored = with_passphrase({"key", "restore", backup.string()});
    ASSERT_EQ(restored.exit_code, 0) << restored.out << restored.err;
    EXPECT_EQ(restored.json()["database_checked"], true);
    EXPECT_EQ(restored.json()["keys"], (nlohmann::json{1, 2}));
    EXPECT_TRUE(only_owner_may_use(key_file()));
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 0);
    EXPECT_EQ(as("admin", {"db", "check"}).json()["clean"], true);
}

TEST_F(KeyRingCliTest, ATruncatedBackupOrOneOfBeforeTheRotationOverwritesNothing) {
    const fs::path early = dir / "early.backup";
    ASSERT_EQ(with_passphrase({"key", "backup", "--out", early.string()}).exit_code, 0);
    ASSERT_EQ(as("admin", {"key", "rotate"}).exit_code, 0);
    const auto current = fs::file_size(key_file());

    // The backup of before the rotation lacks key 2, which the database uses.
    auto old = with_passphrase({"key", "restore", early.string()});
    EXPECT_EQ(code_of(old), "key_backup_lacks_key");
    EXPECT_EQ(old.json()["error"]["key"], "2");

    const fs::path cut = dir / "cut.backup";
    fs::copy_file(early, cut);
    fs::resize_file(cut, fs::file_size(early) - 10);
    EXPECT_EQ(code_of(with_passphrase({"key", "restore", cut.string()})), "key_backup_truncated");
    EXPECT_EQ(code_of(with_passphrase({"key", "restore", key_file().string()})), "not_key_backup");
    EXPECT_EQ(fs::file_size(key_file()), current);
    EXPECT_EQ(cli({"audit", "verify"}).exit_code, 0);
}

TEST_F(KeyRingCliTest, AnotherInstallationsKeyBackupIsRefused) {
    // Another database, another key file, its own backup.
    auto other = env;
    env["TOKENDESK_KEY_FILE"] = (dir / "other.key").string();
    const std::string mine = db_url;
    db_url = "sqlite:" + (dir / "other.db").string();
    ASSERT_EQ(cli({"db", "init"}).exit_code, 0);
    const fs::path backup = dir / "other.backup";
    ASSERT_EQ(with_passphrase({"key", "backup", "--out", backup.string()}).exit_code, 0);
    env = other;
    db_url = mine;
    EXPECT_EQ(code_of(with_passphrase({"key", "restore", backup.string()})), "key_backup_differs");
}

TEST_F(KeyRingCliTest, ABackupPassphraseMustBeLongAndTypedTheSameTwice) {
    const fs::path backup = dir / "short.backup";
    EXPECT_EQ(code_of(with_passphrase({"key", "backup", "--out", backup.string()}, "short")),
              "passphrase_too_short");
    // Typed (standard input, one line each): the two lines differ.
    auto typed = run_process(TD_CLI_PATH, {"--db", db_url, "--json", "key", "backup", "--out",
                                            backup.string()},
                             env, "a long enough passphrase\nanother long passphrase\n");
    EXPECT_EQ(code_of(typed), "passphrase_mismatch");
    EXPECT_FALSE(fs::exists(backup));
}

}  // namespace
