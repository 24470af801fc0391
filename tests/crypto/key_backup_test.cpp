// Key backups: the ring comes back whole under the right passphrase; a wrong passphrase, a
// truncated or altered file and another file are refused, each for what it is.
#include "td/crypto/key_backup.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace td::crypto {
namespace {

const auto kRing = KeyFile::from_master_key(test::secret_from_hex(std::string(64, 'c')))
                       .with_new_key();
constexpr const char* kPassphrase = "correct horse battery staple 金庫";

KeyBackupRefused::Reason refusal(std::span<const std::uint8_t> file,
                                 std::string_view passphrase = kPassphrase) {
    try {
        open_key_backup(file, passphrase);
    } catch (const KeyBackupRefused& e) {
        return e.reason();
    }
    ADD_FAILURE() << "opened";
    return KeyBackupRefused::Reason::not_a_backup;
}

TEST(KeyBackup, TheRingComesBackWholeUnderItsPassphrase) {
    const auto file = seal_key_backup(kRing, kPassphrase);
    const auto ring = open_key_backup(file, kPassphrase);
    EXPECT_EQ(ring.checks(), kRing.checks());
    EXPECT_EQ(ring.newest().id, 2);
    const std::string text(file.begin(), file.end());
    EXPECT_EQ(text.rfind("tokendesk-key-backup-v1 scrypt N=65536 r=8 p=1 length=", 0), 0u);
    // Nothing of the keys in clear.
    EXPECT_EQ(text.find("cccccccc"), std::string::npos);
    EXPECT_EQ(text.find("tokendesk-key-ring"), std::string::npos);
}

TEST(KeyBackup, AWrongPassphraseIsRefused) {
    const auto file = seal_key_backup(kRing, kPassphrase);
    EXPECT_EQ(refusal(file, "correct horse battery stapler"),
              KeyBackupRefused::Reason::wrong_passphrase);
}

TEST(KeyBackup, ATruncatedFileIsRefusedAsTruncated) {
    auto file = seal_key_backup(kRing, kPassphrase);
    file.resize(file.size() - 1);
    EXPECT_EQ(refusal(file), KeyBackupRefused::Reason::truncated);
    file.resize(70);
    EXPECT_EQ(refusal(file), KeyBackupRefused::Reason::truncated);
}

TEST(KeyBackup, AnAlteredByteAnywhereIsRefused) {
    const auto file = seal_key_backup(kRing, kPassphrase);
    const auto line = std::string(file.begin(), file.end()).find('\n') + 1;
    for (const std::size_t at : {line, line + 20, file.size() / 2 + 10, file.size() - 1}) {
        auto altered = file;
        altered[at] ^= 0x01;
        EXPECT_EQ(refusal(altered), KeyBackupRefused::Reason::wrong_passphrase) << at;
    }
    // The first line is authenticated too: another parameter is another file.
    auto header = file;
    header[std::string(file.begin(), file.end()).find("r=8") + 2] = '4';
    EXPECT_EQ(refusal(header), KeyBackupRefused::Reason::wrong_passphrase);
}

TEST(KeyBackup, AnotherFileIsNotABackup) {
    const std::string key_file = "tokendesk-key-v1\n" + std::string(64, 'a') + "\n";
    EXPECT_EQ(refusal(std::span(reinterpret_cast<const std::uint8_t*>(key_file.data()),
                                key_file.size())),
              KeyBackupRefused::Reason::not_a_backup);
    EXPECT_EQ(refusal({}), KeyBackupRefused::Reason::not_a_backup);
    // Parameters that would take all the memory are refused before any work.
    const std::string greedy =
        "tokendesk-key-backup-v1 scrypt N=1073741824 r=8 p=1 length=60\n" + std::string(60, 'x');
    EXPECT_EQ(refusal(std::span(reinterpret_cast<const std::uint8_t*>(greedy.data()),
                                greedy.size())),
              KeyBackupRefused::Reason::not_a_backup);
}

TEST(KeyBackup, EachBackupHasItsOwnSaltAndNonce) {
    EXPECT_NE(seal_key_backup(kRing, kPassphrase), seal_key_backup(kRing, kPassphrase));
}

}  // namespace
}  // namespace td::crypto
